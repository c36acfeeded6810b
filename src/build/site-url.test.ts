import { describe, expect, it, vi } from 'vitest';
import siteUrl from './site-url';

/** Runs the integration's build hook as Astro would, with a logger that records warnings. */
function buildStart(env: NodeJS.ProcessEnv) {
  const warn = vi.fn();
  const hook = siteUrl(env).hooks['astro:build:start'] as unknown as (options: {
    logger: { warn: typeof warn };
  }) => void;
  hook({ logger: { warn } });
  return warn;
}

describe('the public address guard', () => {
  it('warns a local build on the placeholder address', () => {
    expect(buildStart({}).mock.calls[0]?.[0]).toMatch(/SITE_URL is not set.*kz-esim\.example\.org/);
  });
  it('fails a CI build on the placeholder address', () => {
    expect(() => buildStart({ CI: 'true' })).toThrow(/SITE_URL is not set/);
  });
  it('says nothing when SITE_URL is set, on CI too', () => {
    expect(buildStart({ CI: 'true', SITE_URL: 'https://guide.example' })).not.toHaveBeenCalled();
  });
});
