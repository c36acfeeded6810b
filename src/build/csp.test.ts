import { describe, expect, it } from 'vitest';
import { cspFirst, cspHash, cspOwnHashes } from './csp';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;

describe('the CSP <meta> comes first', () => {
  it('moves it before the head script, keeping the charset first', () => {
    const page = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><script>x()</script><title>t</title>${CSP}<style>a{}</style></head><body></body></html>`;
    expect(cspFirst(page)).toBe(
      `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">${CSP}<script>x()</script><title>t</title><style>a{}</style></head><body></body></html>`,
    );
  });
  it('puts it right after <head> when the charset is not the first tag', () => {
    const page = `<html><head><script>x()</script>${CSP}</head></html>`;
    expect(cspFirst(page)).toBe(`<html><head>${CSP}<script>x()</script></head></html>`);
  });
  it('leaves a page without a CSP alone', () => {
    const page = '<html><head><script>x()</script></head></html>';
    expect(cspFirst(page)).toBe(page);
  });
});

describe('cspHash', () => {
  it('hashes as the browser does (the empty script)', () => {
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});

describe('a page allows only its own inline code', () => {
  const own = cspHash('x()');
  const style = cspHash('p{}');
  const other = cspHash('y()');
  const page = (policy: string, body: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

  it("drops the hashes of other pages' scripts and styles, keeping its own and the rest of the policy", () => {
    const policy = `default-src 'self'; script-src 'self' '${other}' '${own}'; style-src 'self' '${style}' '${cspHash('q{}')}';`;
    expect(
      cspOwnHashes(page(policy, `<script>x()</script><style>p{}</style><script type="module" src="/a.js"></script>`)),
    ).toBe(
      page(
        `default-src 'self'; script-src 'self' '${own}'; style-src 'self' '${style}';`,
        `<script>x()</script><style>p{}</style><script type="module" src="/a.js"></script>`,
      ),
    );
  });
  it('never adds a hash the policy did not have', () => {
    const policy = `script-src 'self';`;
    expect(cspOwnHashes(page(policy, '<script>x()</script>'))).toBe(page(policy, '<script>x()</script>'));
  });
});
