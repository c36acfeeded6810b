import { describe, expect, it } from 'vitest';
import { indexableHtml } from './pagefind';

describe('indexableHtml', () => {
  it('puts a zero-width space between Chinese characters of the indexed text only', () => {
    const html =
      '<html><head><title>注销</title></head><body><nav>导航</nav><main data-pagefind-body data-pagefind-meta="title:第 2 步"><h1>人在国外时</h1><p>删除 eSIM</p><script>var a="中文"</script></main></body></html>';
    const out = indexableHtml(html);
    expect(out).toContain('<h1>人\u200b在\u200b国\u200b外\u200b时</h1>');
    expect(out).toContain('<p>删\u200b除 eSIM</p>');
    expect(out).toContain('<nav>导航</nav>');
    expect(out).toContain('<title>注销</title>');
    expect(out).toContain('data-pagefind-meta="title:第 2 步"');
    expect(out).toContain('var a="中文"');
  });
});
