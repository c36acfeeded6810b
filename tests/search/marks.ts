import type { Page } from '@playwright/test';

/**
 * The marks Pagefind's highlighter made on the page, as runs of adjacent marks (a word
 * that crosses inline markup is marked in pieces that touch): the text of each run.
 */
export async function markedRuns(page: Page): Promise<string[]> {
  return page.locator('mark.pagefind-highlight').evaluateAll((marks) => {
    const runs: string[] = [];
    marks.forEach((mark, index) => {
      const previous = marks[index - 1];
      const between = document.createRange();
      if (previous) {
        between.setStartAfter(previous);
        between.setEndBefore(mark);
      }
      if (previous && between.toString() === '' && !previous.contains(mark)) runs[runs.length - 1] += mark.textContent;
      else if (!previous?.contains(mark)) runs.push(mark.textContent ?? '');
    });
    return runs;
  });
}
