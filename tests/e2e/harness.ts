/**
 * Real browsers with the built extension loaded. Official pages are served from fixture HTML by
 * request interception, so the browser believes it is on the official site (utils/portal/pages.ts); every other
 * request is answered with 404 or aborted here: no test touches the network.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PBrowser, type Page as PPage, type HTTPRequest } from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '../..');
const OUT_DIR = resolve(ROOT, process.env.WXT_OUT_DIR || '.output');
export const CHROME_DIR = join(OUT_DIR, 'chrome-mv3');
export const FIREFOX_DIR = join(OUT_DIR, 'firefox-mv3');
export const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'asistente-clave-iess@asistente.ec';
const FIREFOX_UUID = '5f0c3c5e-6b1a-4f43-9a39-1e8b5a7d2c11';

/** Screenshots and other files a run leaves for a person to look at (gitignored). */
const ARTIFACTS = join(ROOT, 'tests/artifacts');
const SHOTS = join(ARTIFACTS, 'screenshots');

/** Where a screenshot named `name` goes: tests/artifacts/screenshots/<name>.png (never /tmp). */
export function shotPath(name: string): string {
  mkdirSync(SHOTS, { recursive: true });
  return join(SHOTS, `${name}.png`);
}

// ---------------------------------------------------------------- browser profiles

const profiles = new Set<string>();

/** A fresh browser profile folder in the temp dir; removed by removeProfile, or at exit at the latest. */
export function makeProfile(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `asistente-${prefix}-`));
  profiles.add(dir);
  return dir;
}

export function removeProfile(dir: string): void {
  // The browser may still be writing its last files for a moment: retry instead of failing.
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  profiles.delete(dir);
}

// A test file whose afterAll never ran (a crash, a timeout in beforeAll) still leaves no profile.
process.once('exit', () => {
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

/** Closes the browser, then removes its profile, even when closing throws. */
async function closeAndRemove(close: () => Promise<void>, dir: string): Promise<void> {
  try {
    await close();
  } finally {
    removeProfile(dir);
  }
}

/** URL → fixture file (relative to tests/fixtures) or inline HTML. */
export type Routes = Record<string, { file?: string; html?: string; status?: number }>;

export function lookup(routes: Routes, url: string) {
  const clean = url.split('#')[0]!;
  return routes[clean] ?? routes[clean.split('?')[0]!];
}

/** What a route answers with. */
export function body(entry: { file?: string; html?: string }): string {
  return entry.file ? fixture(entry.file) : (entry.html ?? '');
}

function fixture(file: string): string {
  return readFileSync(join(ROOT, 'tests/fixtures', file), 'utf8');
}

function requireBuilt(dir: string) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}. Run \`npm run build\` first.`);
  }
}

function requireBinary(bin: string, pkg: string) {
  if (!existsSync(bin)) {
    throw new Error(`${bin} not found. Install Debian's browser: sudo apt-get install -y ${pkg}`);
  }
}


// ---------------------------------------------------------------- Chromium (playwright-core)

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request the pages made, extension pages included. */
  requests: string[];
  close(): Promise<void>;
}

/** Chromium's mobile emulation for a whole session (tests/e2e/phone.e2e.ts): size, touch, pixel ratio. */
export interface Device {
  viewport: { width: number; height: number };
  isMobile: boolean;
  hasTouch: boolean;
  deviceScaleFactor: number;
}

/** The extension's service worker in a Chromium context, and the extension's id from its URL. */
export async function extensionWorker(context: BrowserContext): Promise<{ worker: Worker; extensionId: string }> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  return { worker, extensionId: new URL(worker.url()).host };
}

export async function launchChromium(routes: Routes = {}, opts: { locale?: string; device?: Device } = {}): Promise<ChromiumSession> {
  requireBuilt(CHROME_DIR);
  const { context, requests, close } = await launchRoutedChromium(routes, opts, [
    `--disable-extensions-except=${CHROME_DIR}`,
    `--load-extension=${CHROME_DIR}`,
  ]);
  try {
    return { context, ...(await extensionWorker(context)), requests, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/**
 * The same browser, routes and settings with another unpacked extension (the bench's floor: an
 * empty content script). No service worker is awaited: such an extension may have none.
 */
export async function launchChromiumWithExtension(dir: string, routes: Routes = {}, opts: { locale?: string } = {}) {
  requireBuilt(dir);
  return launchRoutedChromium(routes, opts, [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`]);
}

/** The same browser, routes and settings without the extension (the bench's baseline). */
export async function launchPlainChromium(routes: Routes = {}, opts: { locale?: string } = {}) {
  return launchRoutedChromium(routes, opts, []);
}

/** The one Chromium launcher: a throw-away profile, the test routes, no network. */
async function launchRoutedChromium(routes: Routes, opts: { locale?: string; device?: Device }, extensionArgs: string[]) {
  requireBinary(CHROMIUM_BIN, 'chromium');
  const userDataDir = makeProfile('chromium');
  const context = await chromium
    .launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_BIN,
      headless: true,
      // Our users are Spanish first; tests of the English UI pass { locale: 'en-US' }.
      locale: opts.locale ?? 'es-EC',
      ...opts.device,
      args: [
        ...extensionArgs,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    })
    .catch((e: unknown) => {
      removeProfile(userDataDir);
      throw e;
    });
  const close = () => closeAndRemove(() => context.close(), userDataDir);
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const entry = lookup(routes, url);
    if (entry) {
      await route.fulfill({ status: entry.status ?? 200, contentType: 'text/html; charset=utf-8', body: body(entry) });
    } else if (/^https?:/.test(url)) {
      await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not routed in tests' });
    } else {
      await route.continue();
    }
  });
  return { context, requests, close };
}

export async function chromiumPage(s: ChromiumSession, url: string): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(url);
  return page;
}

// ---------------------------------------------------------------- Firefox (puppeteer-core, WebDriver BiDi)

export interface FirefoxSession {
  browser: PBrowser;
  extensionId: string;
  baseUrl: string;
  requests: string[];
  newPage(url: string): Promise<PPage>;
  close(): Promise<void>;
}

/** A request answered by code (tests/e2e/pf-server.ts): undefined leaves it to the routes. */
export type Serve = (req: { method: string; url: string; body?: string | null }) => { status: number; contentType: string; body: string } | undefined;

export async function launchFirefox(routes: Routes = {}, opts: { locale?: string; serve?: Serve } = {}): Promise<FirefoxSession> {
  requireBinary(FIREFOX_BIN, 'firefox-esr');
  requireBuilt(FIREFOX_DIR);
  // Our own profile folder (puppeteer's would stay behind when a run dies before close).
  const userDataDir = makeProfile('firefox');
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      userDataDir,
      executablePath: FIREFOX_BIN,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        'intl.accept_languages': opts.locale ?? 'es-EC',
        'intl.locale.requested': opts.locale ?? 'es-EC',
        // No background traffic from the browser itself.
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'app.update.enabled': false,
        'browser.safebrowsing.update.enabled': false,
      },
    })
    .catch((e: unknown) => {
      removeProfile(userDataDir);
      throw e;
    });
  const close = () => closeAndRemove(() => browser.close(), userDataDir);
  const extensionId = await browser.installExtension(FIREFOX_DIR).catch(async (e: unknown) => {
    await close();
    throw e;
  });
  const baseUrl = `moz-extension://${FIREFOX_UUID}`;
  const requests: string[] = [];

  async function newPage(url: string): Promise<PPage> {
    // Opening a moz-extension: page sometimes loses a race inside WebDriver BiDi ("Waiting for
    // selector `body *` failed"): try again on a fresh tab, up to three times.
    for (let attempt = 1; ; attempt++) {
      try {
        return await openPage(url);
      } catch (e) {
        if (attempt >= 3 || !url.startsWith('moz-extension:')) throw e;
      }
    }
  }

  async function openPage(url: string): Promise<PPage> {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (req: HTTPRequest) => void answer(req));
    async function answer(req: HTTPRequest) {
      const u = req.url();
      requests.push(u);
      const posted = opts.serve && req.hasPostData() ? await req.fetchPostData() : undefined;
      const served = /^https?:/.test(u) ? opts.serve?.({ method: req.method(), url: u, body: posted }) : undefined;
      const entry = lookup(routes, u);
      if (served) {
        void req.respond(served);
      } else if (entry) {
        void req.respond({ status: entry.status ?? 200, contentType: 'text/html; charset=utf-8', body: body(entry) });
      } else if (/^https?:/.test(u)) {
        void req.respond({ status: 404, contentType: 'text/plain', body: 'not routed in tests' });
      } else {
        void req.continue();
      }
    }
    if (url.startsWith('moz-extension:')) {
      // An awaited goto to an extension page never settles in Firefox: start it, wait for the DOM.
      void page.goto(url).catch(() => undefined);
      try {
        await page.waitForSelector('body *', { timeout: 20_000 });
      } catch (e) {
        await page.close().catch(() => undefined);
        throw e;
      }
    } else {
      await page.goto(url);
    }
    return page;
  }

  return { browser, extensionId, baseUrl, requests, newPage, close };
}
