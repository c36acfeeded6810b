/**
 * The termination application (/application/): a reader fills it in on a phone, sees the
 * Russian letter follow, prints it on one A4 sheet, copies it, shows it to staff; nothing
 * typed leaves the device or is kept unless asked; without JavaScript it is a blank form.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { luminance, readPdf } from './pdf';
import { zhCN } from '../../src/i18n/zh-CN.ts';

const PATH = '/application/';
const PHONE = { width: 390, height: 844 };
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** One reader's answers, each a value that must end up in the letter. */
const READER = {
  number: '+7 701 234 56 78',
  name: 'ZHANG WEI',
  passport: 'EA1234567',
  iin: '900101300126',
  iban: 'KZ86125KZT5004100100',
  email: 'zhang.wei@example.com',
};

const letter = (page: Page) => page.locator('[data-sheet]');
const russian = (page: Page) =>
  letter(page)
    .locator('[lang="ru"]')
    .evaluateAll((lines) => lines.map((line) => line.textContent?.trim()).join('\n'));

/** Fills the form as a reader would, tapping each field; the form's code loads on the first tap. */
async function fill(page: Page, reader = READER): Promise<void> {
  await page.getByLabel('运营商').selectOption({ label: 'Beeline' });
  await page.getByLabel('要注销的号码').fill(reader.number);
  await page.getByLabel('姓名（拉丁字母）').fill(reader.name);
  await page.getByLabel('护照号码').fill(reader.passport);
  await page.getByLabel('个人识别号 IIN（选填）').fill(reader.iin);
  await page.getByLabel('转入银行账户（IBAN）').check();
  await page.getByLabel('IBAN', { exact: true }).fill(reader.iban);
  await page.getByLabel('接收书面确认的电子邮箱').fill(reader.email);
  await page.getByLabel('已经离开哈萨克斯坦').check();
}

/** Waits until the form's code has loaded: it sets the end date to today. */
async function formReady(page: Page): Promise<void> {
  await page.getByLabel('运营商').focus();
  await expect(page.getByLabel('从哪天起解除合同')).not.toHaveValue('');
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test('the Russian letter follows what the reader types, with a Chinese gloss under each line', async ({ page }) => {
    await page.goto(PATH);
    await fill(page);
    const text = await russian(page);
    expect(text).toContain('В ТОО «Кар-Тел» (Beeline)');
    expect(text).toContain('от ZHANG WEI');
    expect(text).toContain('паспорт № EA1234567, ИИН 900101300126');
    expect(text).toContain('Заявление о расторжении договора об оказании услуг связи');
    expect(text).toMatch(
      /Прошу с \d{1,2} [а-я]+ \d{4} г\. расторгнуть договор .* по абонентскому номеру \+7 701 234 56 78\./,
    );
    expect(text).toContain('на мой банковский счёт IBAN KZ86 125K ZT50 0410 0100.');
    expect(text).toContain('на адрес электронной почты zhang.wei@example.com.');
    expect(text).toContain('за пределами Республики Казахстан');
    // Every Russian line has its Chinese gloss.
    const glosses = await letter(page).locator('[data-gloss]').allTextContents();
    expect(glosses.length).toBe(text.split('\n').length);
    for (const gloss of glosses) expect(gloss).toMatch(/\p{Script=Han}/u);
    // Back in Kazakhstan, with no refund and no e-mail, those lines go and nothing dangles.
    await page.getByLabel('在哈萨克斯坦', { exact: true }).check();
    await page.getByLabel('不写这一项').check();
    await page.getByLabel('接收书面确认的电子邮箱').fill('');
    const shorter = await russian(page);
    expect(shorter).not.toMatch(/за пределами|остаток средств|электронной почты/);
    expect(shorter).toContain('Прошу выдать мне письменное подтверждение расторжения договора.');
  });

  test('a wrong value gets a Chinese message beside its field, and the letter still has it', async ({ page }) => {
    await page.goto(PATH);
    await fill(page, { ...READER, iin: '900101300127', iban: 'KZ86125KZT5004100101' });
    await page.getByLabel('个人识别号 IIN（选填）').press('Tab');
    const iin = page.getByLabel('个人识别号 IIN（选填）');
    await expect(iin).toHaveAttribute('aria-invalid', 'true');
    await expect(iin).toHaveAccessibleDescription(new RegExp(zhCN['application.iinError']));
    await page.getByLabel('IBAN', { exact: true }).press('Tab');
    await expect(page.getByText(zhCN['application.ibanError'])).toBeVisible();
    expect(await russian(page)).toContain('ИИН 900101300127');
    // Corrected, the message goes as the reader types.
    await iin.fill('900101300126');
    await expect(iin).not.toHaveAttribute('aria-invalid');
    await expect(page.getByText(zhCN['application.iinError'])).toBeHidden();
  });

  test('"出示给工作人员" shows the number, the name and the IIN large on the whole screen', async ({ page }) => {
    await page.goto(PATH);
    await fill(page);
    await page.getByRole('button', { name: '出示给工作人员' }).click();
    const dialog = page.getByRole('dialog', { name: zhCN['application.staffLabel'] });
    await expect(dialog).toBeVisible();
    expect(await dialog.boundingBox()).toEqual({ x: 0, y: 0, ...PHONE });
    for (const value of ['+7 701 234 56 78', 'ZHANG WEI', '900101300126']) {
      const line = dialog.locator('[lang="ru"]', { hasText: value });
      await expect(line).toBeInViewport({ ratio: 1 });
      expect(await line.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(28);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every field has a label, and axe finds nothing, with advice showing (${colorScheme})`, async ({ page }) => {
      test.slow();
      await page.emulateMedia({ colorScheme });
      await page.goto(PATH);
      await fill(page, { ...READER, iin: '1234' });
      await page.getByLabel('接收书面确认的电子邮箱').press('Tab');
      await expect(page.getByText(zhCN['application.iinError'])).toBeVisible();
      const fields = page.locator('application-form').locator('input, select');
      expect(await fields.count()).toBeGreaterThanOrEqual(14);
      for (const field of await fields.all()) {
        if (await field.isVisible()) await expect(field).toHaveAccessibleName(/\S/);
      }
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test.describe('printed', () => {
  test.slow();

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`it is one A4 sheet with the reader's details, in dark text on white (${colorScheme} mode)`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(PATH);
      await fill(page);
      const sheets = await readPdf(await page.pdf({ format: 'A4', printBackground: true }));
      expect(sheets).toHaveLength(1);
      const text = sheets[0]!.text;
      for (const words of ['+7 701 234 56 78', 'ZHANG WEI', 'расторжении договора', '解除通信服务合同'])
        expect(text.replaceAll(' ', '')).toContain(words.replaceAll(' ', ''));
      // Nothing of the site around it: no form, no navigation, no buttons.
      for (const chrome of ['填写您的信息', '打印或存为 PDF', zhCN['site.name']])
        expect(text.replaceAll(' ', '')).not.toContain(chrome.replaceAll(' ', ''));
      const light = sheets[0]!.textColours.filter((colour) => luminance(colour) > 0.4);
      expect(light, 'text drawn in a light colour').toEqual([]);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the page is a blank application that prints on one sheet, with lines to fill in by hand', async ({
      page,
    }) => {
      await page.goto(PATH);
      await expect(page.getByLabel('要注销的号码')).toBeHidden();
      await expect(page.getByRole('button', { name: '打印或存为 PDF' })).toBeHidden();
      await expect(letter(page)).toContainText('Заявление о расторжении договора');
      const sheets = await readPdf(await page.pdf({ format: 'A4', printBackground: true }));
      expect(sheets).toHaveLength(1);
      expect(sheets[0]!.text).toContain('расторжении договора');
      expect(sheets[0]!.text).toMatch(/абонентский номер _{10,}/);
      expect(sheets[0]!.text).toContain('☐');
    });
  });
});

test.describe('copying', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the copy button puts the Russian letter, as shown, on the clipboard', async ({ page }) => {
    await page.goto(PATH);
    await fill(page);
    await page.getByRole('button', { name: '复制俄语全文' }).click();
    await expect(page.getByText(zhCN['application.copied'])).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await russian(page));
    expect(copied).toContain('Прошу с ');
    expect(copied).not.toMatch(/\p{Script=Han}/u);
  });
});

test.describe('privacy', () => {
  // The service worker's own downloads would blur what the page itself asks for.
  test.use({ serviceWorkers: 'block', permissions: ['clipboard-read', 'clipboard-write'] });

  test('typing, copying and printing make no request, and nothing typed reaches any address', async ({
    page,
    context,
  }) => {
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    await page.goto(PATH);
    await formReady(page);
    const loaded = requests.length;
    await fill(page);
    await page.getByLabel('姓名（拉丁字母）').press('Enter');
    await page.getByRole('button', { name: '出示给工作人员' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '复制俄语全文' }).click();
    await expect(page.getByText(zhCN['application.copied'])).toBeVisible();
    await page.pdf({ format: 'A4' });
    expect(requests.slice(loaded), 'requests made while the reader typed and printed').toEqual([]);
    const typed = Object.values(READER).flatMap((value) => [value, encodeURIComponent(value)]);
    expect(requests.filter((url) => typed.some((value) => url.includes(value)))).toEqual([]);
    expect(new URL(page.url()).search).toBe('');
  });

  test('nothing is stored until the box is ticked; ticked, it fills in next time; "清除我的信息" empties it', async ({
    page,
  }) => {
    const stored = () => page.evaluate(() => ({ ...localStorage }));
    await page.goto(PATH);
    await fill(page);
    expect(await stored()).toEqual({});
    const save = page.getByLabel('在本机保存，下次自动填好');
    await expect(save).not.toBeChecked();
    await save.check();
    expect(Object.values(await stored()).join()).toContain('ZHANG WEI');
    await page.reload();
    await expect(page.getByLabel('姓名（拉丁字母）')).toHaveValue('ZHANG WEI');
    await expect(save).toBeChecked();
    expect(await russian(page)).toContain('от ZHANG WEI');
    await page.getByRole('button', { name: '清除我的信息' }).click();
    await expect(page.getByText(zhCN['application.cleared'])).toBeVisible();
    expect(await stored()).toEqual({});
    await expect(page.getByLabel('姓名（拉丁字母）')).toHaveValue('');
    await expect(save).not.toBeChecked();
    expect(await russian(page)).not.toContain('ZHANG WEI');
    // Unticking forgets as well.
    await fill(page);
    await save.check();
    await save.uncheck();
    expect(await stored()).toEqual({});
  });

  test('"清除我的信息" in another tab is not undone by typing in this one', async ({ page, context }) => {
    const stored = () => page.evaluate(() => ({ ...localStorage }));
    await page.goto(PATH);
    await fill(page);
    await page.getByLabel('在本机保存，下次自动填好').check();
    const other = await context.newPage();
    await other.goto(PATH);
    await expect(other.getByLabel('姓名（拉丁字母）')).toHaveValue('ZHANG WEI');
    await other.getByRole('button', { name: '清除我的信息' }).click();
    await expect(page.getByLabel('在本机保存，下次自动填好')).not.toBeChecked();
    await page.getByLabel('姓名（拉丁字母）').fill('LI NA');
    expect(await stored()).toEqual({});
  });
});

test.describe('with no connection', () => {
  // Offline, the offline note's own check for a fresher copy of the page fails, as it should.
  test.use({ expectedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/] });

  test('after one visit, the application opens and writes the letter', async ({ page, context }) => {
    test.slow();
    await page.goto(PATH);
    await expect(page.locator('offline-status [data-note]')).toHaveText(zhCN['offline.ready'], { timeout: 60_000 });
    await context.setOffline(true);
    await page.goto(PATH);
    await expect(page.locator('offline-status [data-note]')).toHaveText(zhCN['offline.reading']);
    await fill(page);
    expect(await russian(page)).toContain('от ZHANG WEI');
  });
});
