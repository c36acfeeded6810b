import { describe, expect, it } from 'vitest';
import { lintMdx } from './content-lint';

const page = (body: string) => `---\ntitle: 标题\n---\n\n${body}\n`;
const lines = (text: string) => lintMdx('content/x.mdx', text).map(({ line, message }) => `${line}: ${message}`);

describe('the content lint', () => {
  it('accepts headings with ids, ids used once, and code blocks that show markup', () => {
    expect(
      lines(page('## 备份 {#backup}\n\n<TabPanel id="ios" label="iPhone">x</TabPanel>\n\n```\n## 示例\n<script>\n```')),
    ).toEqual([]);
  });

  it('names the line of a heading without {#id}', () => {
    expect(lines(page('正文\n\n## 提前备份数据'))).toEqual([
      expect.stringMatching(/^7: heading "## 提前备份数据" has no \{#id\}/),
    ]);
  });

  it('names both lines of an id used twice, by a heading or a component', () => {
    expect(lines(page('## 一 {#backup}\n\n### 二 {#backup}\n\n<Phrase id="backup" zh="x" />'))).toEqual([
      '7: id "backup" is already used on line 5 of this page',
      '9: id "backup" is already used on line 5 of this page',
    ]);
  });

  it('rejects a raw script and an inline style, each with its line', () => {
    expect(lines(page('<script>alert(1)</script>\n\n<p style="color:red">红</p>'))).toEqual([
      '5: raw <script> in content: the CSP blocks it; use a component',
      '7: style= in content: the CSP blocks inline styles; use a class',
    ]);
  });

  it('does not read the frontmatter as content', () => {
    expect(lines('---\ntitle: "## 不是标题"\n---\n\n## 是标题 {#ok}\n')).toEqual([]);
  });
});
