/**
 * The popup when the browser refuses to save (storage.local full, its 10 MB quota) in a real
 * Chromium at 400 × 600: choosing a task shows "No se pudo guardar" as an alert on the first
 * screen, Chromium's accessibility tree has it as an alert with its words and its button, nothing
 * already saved is lost, and "Entendido" closes it. Screenshots in tests/artifacts/popup/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axNodes, expectNoViolations } from './a11y-helpers';
import { ROOT, launchChromium, type ChromiumSession } from './harness';

declare const chrome: {
  storage: {
    local: {
      QUOTA_BYTES: number;
      getBytesInUse(keys: null): Promise<number>;
      set(v: Record<string, unknown>): Promise<void>;
      remove(k: string): Promise<void>;
      get(k: string | null): Promise<Record<string, unknown>>;
    };
  };
};

const OUT = join(ROOT, 'tests/artifacts/popup');
mkdirSync(OUT, { recursive: true });
const READY = '[data-testid="popup"][data-ready="true"]';
const ALERT = '[data-testid="storage-error"]';
const FOLD = 600;

interface AXNode {
  nodeId: string;
  role?: { value?: string };
  name?: { value?: string };
  ignored?: boolean;
  childIds?: string[];
}

/** The alert's subtree as Chromium's accessibility tree has it: roles and names, ignored nodes left out. */
async function axSubtree(cdp: CDPSession, selector: string): Promise<{ role: string; names: string[] }> {
  await cdp.send('Accessibility.enable');
  const [top] = (await axNodes(cdp, selector)) as AXNode[];
  const names: string[] = [];
  // An ignored node's children are listed under it and under its parent too: each node once.
  const seen = new Set<string>();
  const walk = async (id: string) => {
    const { nodes: kids } = (await cdp.send('Accessibility.getChildAXNodes', { id })) as { nodes: AXNode[] };
    for (const k of kids) {
      if (seen.has(k.nodeId)) continue;
      seen.add(k.nodeId);
      if (!k.ignored && k.name?.value && k.role?.value !== 'InlineTextBox') names.push(`${k.role?.value}: ${k.name.value}`);
      await walk(k.nodeId);
    }
  };
  await walk(top!.nodeId);
  return { role: top!.role?.value ?? '', names };
}

describe('popup with storage full, Chromium 400 × 600', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium();
  });
  afterAll(async () => s?.close());

  /** The popup in `lang` with nothing chosen yet, then storage.local filled to 2 bytes under its quota. */
  async function openFull(lang: 'es' | 'en'): Promise<Page> {
    const page = await s.context.newPage();
    await page.setViewportSize({ width: 400, height: FOLD });
    await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await page.waitForSelector(READY);
    await page.evaluate(async (l) => {
      await chrome.storage.local.remove('zz');
      await chrome.storage.local.set({ progress: { v: 2, profile: null, tasks: {} }, prefs: { v: 1, lang: l, mailbox: null } });
    }, lang);
    await page.reload();
    await page.waitForSelector(READY);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    // A key costs its name and its JSON: fill to two bytes under the quota.
    const free = await page.evaluate(async () => {
      const room = chrome.storage.local.QUOTA_BYTES - (await chrome.storage.local.getBytesInUse(null));
      await chrome.storage.local.set({ zz: 'x'.repeat(room - 'zz'.length - 2 - 2) });
      return chrome.storage.local.QUOTA_BYTES - (await chrome.storage.local.getBytesInUse(null));
    });
    expect(free).toBe(2);
    return page;
  }

  it('choosing a task says it could not be saved, on the first screen and to a screen reader', async () => {
    const page = await openFull('es');
    expect(await page.locator(ALERT).count()).toBe(0);
    const before = await page.evaluate(() => chrome.storage.local.get(null).then((all) => Object.keys(all).sort()));

    // As a person: Tab to the first task and press Enter.
    const first = page.locator('.profile-btn').first();
    await first.focus();
    await page.keyboard.press('Enter');
    const alert = page.locator(ALERT);
    await alert.waitFor({ state: 'visible' });
    await expect.poll(() => alert.getAttribute('role')).toBe('alert');
    expect(await alert.innerText()).toContain('No se pudo guardar');
    const box = (await alert.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(FOLD);
    await page.screenshot({ path: join(OUT, 'storage-full-es.png') });

    // What a screen reader hears: an alert with the title, the words and the button.
    const cdp = await s.context.newCDPSession(page);
    const ax = await axSubtree(cdp, ALERT);
    console.log(`storage-full AX tree (es): ${ax.role}\n  ${ax.names.join('\n  ')}`);
    expect(ax.role).toBe('alert');
    // Each thing said once: the title, the words, the button.
    expect(ax.names.filter((n) => n.startsWith('StaticText: No se pudo guardar'))).toHaveLength(1);
    expect(ax.names.filter((n) => /StaticText: El navegador no guardó/.test(n))).toHaveLength(1);
    expect(ax.names).toContain('button: Entendido');
    await expectNoViolations(page, 'popup, storage full', [ALERT]);

    // Nothing was chosen (the choice was not saved) and nothing saved before is gone.
    expect(await page.locator('[data-testid="chooser"]').count()).toBe(1);
    const after = await page.evaluate(() => chrome.storage.local.get(null).then((all) => Object.keys(all).sort()));
    expect(after).toEqual(before);

    // "Entendido" closes it.
    await page.getByRole('button', { name: 'Entendido' }).click();
    await alert.waitFor({ state: 'detached' });
    await page.close();
  });

  it('in English too, within the first screen', async () => {
    const page = await openFull('en');
    await page.locator('.profile-btn').first().click();
    const alert = page.locator(ALERT);
    await alert.waitFor({ state: 'visible' });
    expect(await alert.innerText()).toContain('Could not save');
    const box = (await alert.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(FOLD);
    await page.screenshot({ path: join(OUT, 'storage-full-en.png') });
    await page.close();
  });
});
