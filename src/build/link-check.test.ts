import { describe, expect, it } from 'vitest';
import { checkLinks, readBuiltPage } from './link-check';
import { ALLOWED_HOSTS } from '../data/allowed-hosts';

describe('checkLinks', () => {
  const page = (path: string, html: string) => readBuiltPage(path, `<!doctype html><html><body>${html}</body></html>`);
  const site = [
    page('/', '<a href="/steps/a/#two">ok</a><a href="/nope/">bad</a><a href="/steps/a/#missing">bad id</a>'),
    page(
      '/steps/a/',
      '<h2 id="two">二</h2><a href="#two">self</a><a href="https://activ.kz/en/article/faq" rel="noopener noreferrer">ok</a>',
    ),
    page(
      '/links/',
      '<a href="https://promo.example.net/channel" rel="noopener noreferrer">ad</a><a href="http://activ.kz/">http</a><a href="https://activ.kz/">no rel</a><a href="mailto:x@y.z">mail</a>',
    ),
  ];
  const problems = checkLinks(site, ALLOWED_HOSTS);

  it('accepts links to pages and ids that exist, and to allowed hosts with rel', () => {
    expect(problems.filter((p) => p.startsWith('/steps/a/'))).toEqual([]);
  });
  it('reports a missing page and a missing #id, naming the page', () => {
    expect(problems).toContain('/: link /nope/ points to no page');
    expect(problems).toContain('/: link /steps/a/#missing points to #missing, which /steps/a/ does not have');
  });
  it('reports hosts outside the list, plain http, a missing rel and mailto', () => {
    const links = problems.filter((p) => p.startsWith('/links/'));
    expect(links).toHaveLength(4);
    expect(links.join('\n')).toMatch(/promo\.example\.net, which is not in src\/data\/allowed-hosts\.ts/);
    expect(links.join('\n')).toMatch(/must use https/);
    expect(links.join('\n')).toMatch(/needs rel="noopener noreferrer"/);
    expect(links.join('\n')).toMatch(/mailto:x@y\.z" is not allowed/);
  });
});
