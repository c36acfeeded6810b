import { test, expect } from './fixtures';
import { DEV_PORT } from '../playwright.config';

test.use({ baseURL: `http://localhost:${DEV_PORT}` });

test('in astro dev, where no index exists, search explains how to get one', async ({ page }) => {
  await page.goto('/precautions/');
  await expect(page.getByRole('button', { name: '搜索' })).toHaveAttribute('aria-haspopup', 'dialog');
  await page.getByRole('button', { name: '搜索' }).click();
  const notice = page.getByRole('dialog');
  await expect(notice).toContainText('npm start');
  await notice.getByRole('button', { name: '关闭' }).click();
  await expect(notice).toBeHidden();
});
