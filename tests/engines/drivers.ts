/**
 * One small interface, `Tab`, over the two drivers that can reach the engines installed here
 * from Debian, so every smoke spec is written once and runs unchanged in each engine:
 * - Firefox ESR and Chromium through Puppeteer: WebDriver BiDi for Firefox (no geckodriver,
 *   which Debian does not package), the DevTools protocol for Chromium;
 * - WebKitGTK through its WebDriver server (WebKitWebDriver) under Xvfb, with
 *   selenium-webdriver as the client (the server speaks classic WebDriver only).
 * The README's "Engines" section says why these and not Playwright's own Firefox/WebKit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import { CHROMIUM_ARGS, findChromium } from '../setup/browser.ts';

export type EngineName = 'firefox' | 'webkit' | 'chromium';

/** A phone-sized window, as readers have (WebKitGTK's window has a minimum width of its own). */
export const VIEWPORT = { width: 390, height: 844 };

/** One page in one engine, with only what the smoke specs need. */
export interface Tab {
  readonly engine: EngineName;
  /** Loads a path (or full URL) and waits for the load event. */
  goto(pathOrUrl: string): Promise<void>;
  /** Runs a function in the page with JSON arguments and returns its JSON result. */
  run<T, A extends unknown[]>(fn: (...args: A) => T, ...args: A): Promise<Awaited<T>>;
  /** A real pointer click on the first element matching the selector, as the reader taps it. */
  click(selector: string): Promise<void>;
  /** Chooses an option of a <select> by its value, as the reader picks it. */
  select(selector: string, value: string): Promise<void>;
  /** Types text into the focused element, key by key. */
  type(text: string): Promise<void>;
  /** Presses one key on the focused element. */
  press(key: 'Escape' | 'Enter'): Promise<void>;
  /**
   * Console errors, uncaught exceptions and CSP violations seen so far, each with its page.
   * In WebKit, only the CSP violations of the page now open (see webkitEngine).
   */
  problems(): Promise<string[]>;
}

/** An engine kept for a whole worker; each test gets a fresh, isolated tab from it. */
export interface Engine {
  readonly name: EngineName;
  /** Whether automation can be allowed to read the clipboard back in this engine. */
  readonly readsClipboard: boolean;
  newTab(baseURL: string): Promise<Tab & { close(): Promise<void> }>;
  close(): Promise<void>;
}

/** Reports every CSP violation to the console, where the problem watchers look. */
function reportCspViolations(): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
  });
}

/** How long a tab waits for a load; the machine may be busy. */
const LOAD_TIMEOUT = 60_000;

async function launchPuppeteer(name: 'firefox' | 'chromium'): Promise<Browser> {
  if (name === 'firefox') {
    return puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox() ?? 'firefox-esr',
      headless: true,
      // Lets a page read the clipboard back without the paste prompt, so the test can check
      // what a copy button really put there. Writing still needs the reader's tap.
      extraPrefsFirefox: { 'dom.events.testing.asyncClipboard': true },
    });
  }
  return puppeteer.launch({
    browser: 'chrome',
    executablePath: findChromium() ?? 'chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

function puppeteerEngine(name: 'firefox' | 'chromium', browser: Browser): Engine {
  return {
    name,
    readsClipboard: true,
    async newTab(baseURL) {
      const context = await browser.createBrowserContext();
      if (name === 'chromium') {
        await context.overridePermissions(baseURL, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
      }
      const page: Page = await context.newPage();
      await page.setViewport({ ...VIEWPORT, isMobile: false, hasTouch: false });
      await page.evaluateOnNewDocument(reportCspViolations);
      const seen: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') seen.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => seen.push(`${page.url()}: uncaught ${String(error)}`));
      return {
        engine: name,
        async goto(pathOrUrl) {
          await page.goto(new URL(pathOrUrl, baseURL).href, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
        },
        run: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
        async click(selector) {
          await page.locator(selector).setTimeout(15_000).click();
        },
        async select(selector, value) {
          await page.select(selector, value);
        },
        type: (text) => page.keyboard.type(text),
        press: (key) => page.keyboard.press(key),
        problems: async () => [...seen],
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

/** Debian's Firefox ESR, or a Firefox named by FIREFOX_PATH. */
export function findFirefox(): string | undefined {
  const fromEnv = process.env['FIREFOX_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
}

/** Debian's WebKitGTK WebDriver server, or one named by WEBKIT_WEBDRIVER_PATH. */
export function findWebKitWebDriver(): string | undefined {
  const fromEnv = process.env['WEBKIT_WEBDRIVER_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return ['/usr/bin/WebKitWebDriver'].find((path) => existsSync(path));
}

/** The MiniBrowser that webkit2gtk-driver ships beside the engine (its path has the arch in it). */
export function findMiniBrowser(): string | undefined {
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    if (!existsSync(lib)) continue;
    for (const dir of readdirSync(lib)) {
      for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
        for (const path of [`${lib}/${dir}/${api}/MiniBrowser`, `${lib}/${api}/MiniBrowser`]) {
          if (existsSync(path)) return path;
        }
      }
    }
  }
  return undefined;
}

/** Which programs the WebKit smoke run needs and cannot find. */
export function missingForWebKit(): string[] {
  return [
    ...(findWebKitWebDriver() ? [] : ['WebKitWebDriver']),
    ...(findMiniBrowser() ? [] : ['MiniBrowser']),
    ...(existsSync('/usr/bin/Xvfb') ? [] : ['Xvfb']),
  ];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on the first free display and returns it, as ":N". */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code} before it was ready`)));
    xvfb.stdout!.once('data', (data) => resolve(`:${String(data).trim()}`));
  });
  return { display, process: xvfb };
}

/** Waits until a WebDriver server answers its status endpoint. */
async function waitForDriver(url: string): Promise<void> {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url}`);
}

/**
 * From now on, notes the page's console errors, uncaught exceptions and CSP violations in
 * the page itself, for WebDriver to collect (classic WebDriver has no console events).
 */
function watchProblems(): void {
  const page = window as unknown as { engineProblems?: string[] };
  if (page.engineProblems) return;
  const seen: string[] = (page.engineProblems = []);
  const error = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
    error(...args);
  };
  addEventListener('error', (event) => seen.push(`uncaught ${event.message}`));
  addEventListener('unhandledrejection', (event) => seen.push(`unhandled rejection ${String(event.reason)}`));
  document.addEventListener('securitypolicyviolation', (event) =>
    seen.push(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
  );
}

/** What watchProblems() has noted on the open page. */
function problemsNoted(): string[] {
  return (window as unknown as { engineProblems?: string[] }).engineProblems ?? [];
}

/**
 * WebKitGTK: one Xvfb and one WebKitWebDriver per worker, one WebDriver session (a fresh
 * MiniBrowser with its own storage) per tab. Classic WebDriver reports no console messages
 * and runs nothing before a page's own scripts (MiniBrowser's console-to-stdout setting
 * does not reach automation views), so problems are watched from the moment each page has
 * loaded: everything the reader's taps cause, not what happens while the page loads.
 */
async function webkitEngine(): Promise<Engine> {
  const missing = missingForWebKit();
  if (missing.length) throw new Error(`WebKit smoke run: not installed: ${missing.join(', ')}`);
  const xvfb = await startXvfb();
  const port = await freePort();
  const driverUrl = `http://127.0.0.1:${port}`;
  const driver = spawn(findWebKitWebDriver()!, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: xvfb.display },
    stdio: 'ignore',
  });
  await waitForDriver(driverUrl);
  return {
    name: 'webkit',
    readsClipboard: false,
    async newTab(baseURL) {
      const session: WebDriver = await new Builder()
        .usingServer(driverUrl)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': {
            binary: findMiniBrowser(),
            args: ['--automation', '--enable-write-console-messages-to-stdout=true'],
          },
        })
        .build();
      await session.manage().window().setRect(VIEWPORT);
      await session.manage().setTimeouts({ pageLoad: LOAD_TIMEOUT, script: 30_000 });
      await session.get('about:blank');
      const seen: string[] = [];
      /** Takes what the open page has noted, before it is replaced. */
      const collect = async () => {
        const url = await session.getCurrentUrl();
        const noted: string[] = await session.executeScript(problemsNoted);
        seen.push(...noted.map((problem) => `${url}: ${problem}`));
        await session.executeScript(() =>
          (window as unknown as { engineProblems?: string[] }).engineProblems?.splice(0),
        );
      };
      return {
        engine: 'webkit',
        async goto(pathOrUrl) {
          await collect();
          await session.get(new URL(pathOrUrl, baseURL).href);
          await session.executeScript(watchProblems);
        },
        run: (fn, ...args) => session.executeScript(fn as never, ...args) as never,
        async click(selector) {
          const until = Date.now() + 15_000;
          for (;;) {
            const [element] = await session.findElements(By.css(selector));
            if (element && (await element.isDisplayed().catch(() => false))) {
              // WebDriver's element click is a trusted pointer event, as a tap is.
              await element.click();
              return;
            }
            if (Date.now() > until) throw new Error(`no visible element matches ${selector}`);
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        },
        async select(selector, value) {
          // WebDriver clicks an <option> by choosing it, as the reader does in the list.
          await session.findElement(By.css(`${selector} option[value="${value}"]`)).click();
        },
        async type(text) {
          await session.actions().sendKeys(text).perform();
        },
        async press(key) {
          await session
            .actions()
            .sendKeys(key === 'Escape' ? Key.ESCAPE : Key.ENTER)
            .perform();
        },
        problems: async () => {
          await collect();
          return [...seen];
        },
        close: () => session.quit(),
      };
    },
    async close() {
      driver.kill();
      xvfb.process.kill();
    },
  };
}

/** Starts an engine; the caller closes it. */
export async function startEngine(name: EngineName): Promise<Engine> {
  if (name === 'webkit') return webkitEngine();
  return puppeteerEngine(name, await launchPuppeteer(name));
}
