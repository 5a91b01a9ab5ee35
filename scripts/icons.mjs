// Renders assets/icon.svg to public/icon/{16,32,48,128}.png with Debian's Chromium.
// Run after changing the SVG: `npm run icons`. The PNGs are committed.
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';

const svg = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const out = new URL('../public/icon/', import.meta.url);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await page.screenshot({ path: new URL(`${size}.png`, out).pathname, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log('icons written to public/icon/');
