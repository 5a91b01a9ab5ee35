// `npm run demo` (or `npm start`): builds the Chrome extension and opens Debian's Chromium with it
// loaded and the practice portal open, for a support agent with a display.
//   npm run demo -- --presenter    # start in presenter mode
//   npm run demo -- --en           # English UI
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const bin = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
const dir = resolve(process.env.WXT_OUT_DIR || '.output', 'chrome-mv3');
const args = new Set(process.argv.slice(2));

if (!existsSync(bin)) {
  console.error(`${bin} not found. Install it: sudo apt-get install -y chromium`);
  process.exit(1);
}
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found (DISPLAY is not set). Run this on a desktop session, or load the');
  console.error(`extension by hand: chrome://extensions → Developer mode → Load unpacked → ${dir}`);
  process.exit(1);
}

execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
// A throw-away profile, removed when the window closes (or the demo is stopped).
const profile = mkdtempSync(join(tmpdir(), 'asistente-demo-'));
process.once('exit', () => rmSync(profile, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: bin,
  headless: false,
  viewport: null,
  locale: args.has('--en') ? 'en-US' : 'es-EC',
  args: [
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--start-maximized',
  ],
});
let [worker] = context.serviceWorkers();
worker ??= await context.waitForEvent('serviceworker');
const id = new URL(worker.url()).host;
if (args.has('--presenter')) {
  await worker.evaluate(() => chrome.storage.local.set({ prefs: { v: 1, lang: null, mailbox: null, presenter: true } }));
}
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`chrome-extension://${id}/practice.html`);
console.log(`Practice portal open: chrome-extension://${id}/practice.html — close the window to stop.`);
await new Promise((done) => context.on('close', done));
