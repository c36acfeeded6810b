import { createHash } from 'node:crypto';

/** The CSP source expression for an inline script or style, e.g. 'sha256-…'. */
export function cspHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}
