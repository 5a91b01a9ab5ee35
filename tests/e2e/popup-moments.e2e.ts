/**
 * The popup leads one moment at a time (issue 15), at its real size (400 × 600): the chooser, the
 * first step of each task, waiting for the email, the expired link, all done, and switching tasks
 * with a countdown running. Each moment: what matters is within the first 600 px, the current step
 * carries aria-current="step", done steps are one line; Spanish and English, light and dark, 200 %
 * zoom; 0 axe violations; a screenshot of every moment in tests/artifacts/popup/.
 * Firefox shows the same moments.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Page as PPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTAL_URLS } from '../../utils/portal/pages';
import { axNodes, formatFindings, noHorizontalScroll, runAxe } from './a11y-helpers';
import { ROOT, launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession } from './harness';

declare const chrome: { storage: { local: { set(v: unknown): Promise<void> } } };

const OUT = join(ROOT, 'tests/artifacts/popup');
mkdirSync(OUT, { recursive: true });
const READY = '[data-testid="popup"][data-ready="true"]';
const FOLD = 600;
const FIRST_STEP = { afiliado: 'afiliado.open', unlock: 'unlock.check', update: 'update.open', empleador: 'empleador.open', biess: 'biess.clave' };
const TASKS = Object.keys(FIRST_STEP) as (keyof typeof FIRST_STEP)[];
const AFILIADO_SENT = ['afiliado.open', 'afiliado.cedula', 'afiliado.robot', 'afiliado.questions', 'afiliado.email'];
const BIESS_ALL = ['biess.clave', 'biess.open', 'biess.login', 'biess.done'];

/** A stored task entry (storage v2): these steps done at `at`, an email wait started at `wait`. */
const task = (done: string[], at: number, wait?: number) => ({
  done: Object.fromEntries(done.map((id) => [id, at])),
  startedAt: at,
  updatedAt: at,
  emailWait: wait == null ? null : { startedAt: wait },
});
type Seed = { profile: string | null; tasks: Record<string, ReturnType<typeof task>> };
const seeds = {
  chooser: (): Seed => ({ profile: null, tasks: {} }),
  waiting: (now: number): Seed => ({ profile: 'afiliado', tasks: { afiliado: task(AFILIADO_SENT, now - 40_000, now - 40_000) } }),
  // The unlock's 3-minute link, sent 5 minutes ago.
  expired: (now: number): Seed => ({
    profile: 'unlock',
    tasks: { unlock: task(['unlock.check', 'unlock.open', 'unlock.cedula', 'unlock.email'], now - 5 * 60_000, now - 5 * 60_000) },
  }),
  done: (now: number): Seed => ({ profile: 'biess', tasks: { biess: task(BIESS_ALL, now - 60_000) } }),
};

describe('popup moments in Chromium, 400 × 600', () => {
  let s: ChromiumSession;
  let url: string;
  const report: string[] = [];
  beforeAll(async () => {
    s = await launchChromium();
    url = `chrome-extension://${s.extensionId}/popup.html`;
  });
  afterAll(async () => s?.close());

  async function open(seed: Seed, lang: 'es' | 'en' = 'es', size = { width: 400, height: FOLD }): Promise<Page> {
    const page = await s.context.newPage();
    await page.setViewportSize(size);
    await page.goto(url);
    await page.waitForSelector(READY);
    await page.evaluate(
      ([progress, l]) => chrome.storage.local.set({ progress: { v: 2, ...progress }, prefs: { v: 1, lang: l, mailbox: null } }),
      [seed, lang] as const,
    );
    await page.reload();
    await page.waitForSelector(READY);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    return page;
  }
  /** Bottom edge (CSS px from the top of the page) of an element. */
  const bottom = async (page: Page, sel: string) => {
    const box = await page.locator(sel).first().boundingBox();
    expect(box, sel).not.toBeNull();
    return box!.y + box!.height;
  };
  /** Screenshots (light and dark) and axe in both. */
  async function capture(page: Page, name: string) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: join(OUT, `${name}-${scheme}.png`) });
      const findings = await runAxe(page);
      if (findings.length) report.push(formatFindings(`${name} ${scheme}`, findings));
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }
  const currentStep = (page: Page) => page.getAttribute('[aria-current="step"]', 'data-step');

  it.each(['es', 'en'] as const)('chooser (%s): all five tasks on the first screen; notice once; site check one line', async (lang) => {
    const page = await open(seeds.chooser(), lang);
    expect(await page.locator('[data-profile]').count()).toBe(5);
    await capture(page, `chooser-${lang}`);
    for (const id of TASKS) expect(await bottom(page, `[data-profile="${id}"]`)).toBeLessThanOrEqual(FOLD);
    const text = (await page.textContent('body'))!;
    expect(text.match(lang === 'es' ? /no oficial/gi : /unofficial/gi)).toHaveLength(1);
    // The popup opened as a tab is the active tab: not an IESS page, so one line.
    const site = page.locator('[data-testid="site-check"]');
    expect(await site.getAttribute('data-verdict')).toBe('other');
    expect((await site.boundingBox())!.height).toBeLessThan(60);
    await page.close();
  });

  it.each(['es', 'en'] as const)('first step of each task (%s): title and action above the fold, aria-current', async (lang) => {
    const page = await open(seeds.chooser(), lang);
    for (const id of TASKS) {
      await page.click(`[data-profile="${id}"]`);
      await page.waitForSelector(`[data-testid="checklist"][data-profile="${id}"]`);
      expect(await currentStep(page)).toBe(FIRST_STEP[id]);
      expect(await bottom(page, '[aria-current="step"] label')).toBeLessThanOrEqual(FOLD);
      expect(await bottom(page, '[aria-current="step"] [data-testid="current-action"]')).toBeLessThanOrEqual(FOLD);
      // Later steps: titles only.
      expect(await page.locator('[data-state="later"] .step-body').count()).toBe(0);
      await capture(page, `first-${id}-${lang}`);
      await page.click('[data-testid="change-profile"]');
      await page.waitForSelector('[data-testid="chooser"]');
    }
    await page.close();
  });

  it.each(['es', 'en'] as const)('waiting for the email (%s): one card on the first screen, done steps one line', async (lang) => {
    const page = await open(seeds.waiting(Date.now()), lang);
    await capture(page, `waiting-${lang}`);
    expect(await currentStep(page)).toBe('afiliado.inbox');
    expect(await page.getAttribute('[data-testid="popup"]', 'data-moment')).toBe('waiting');
    const done = page.locator('[data-state="done"]');
    expect(await done.count()).toBe(5);
    for (let i = 0; i < 5; i++) expect((await done.nth(i).boundingBox())!.height).toBeLessThan(56);
    expect(await page.locator('[data-state="done"] .step-body').count()).toBe(0);
    expect(await bottom(page, '[aria-current="step"] label')).toBeLessThanOrEqual(FOLD);
    expect(await bottom(page, '[data-testid="current-action"]')).toBeLessThanOrEqual(FOLD);
    expect(await bottom(page, '[data-testid="clock"]')).toBeLessThanOrEqual(FOLD);
    expect(await page.textContent('[data-testid="clock"]')).toMatch(/^14:\d\d$/);
    expect(await page.locator('[aria-current="step"] [data-testid="countdown"]').count()).toBe(1);
    // A done step opens on demand (a disclosure button), and "show all" shows every step in full.
    const disclose = page.locator('[data-state="done"] [data-testid="step-disclose"]').first();
    await disclose.click();
    expect(await disclose.getAttribute('aria-expanded')).toBe('true');
    await page.click('[data-testid="show-all"]');
    expect(await page.locator('.step-body').count()).toBe(8);
    await page.close();
  });

  it.each(['es', 'en'] as const)('expired link (%s): says so, offers another email, "Sí" un-ticks the email steps', async (lang) => {
    const page = await open(seeds.expired(Date.now()), lang);
    await capture(page, `expired-${lang}`);
    expect(await page.getAttribute('[data-testid="countdown"]', 'data-expired')).toBe('true');
    expect(await page.getAttribute('[data-testid="ask-again"]', 'href')).toBe(PORTAL_URLS.unlock);
    expect(await bottom(page, '[data-testid="ask-again"]')).toBeLessThanOrEqual(FOLD);
    expect(await bottom(page, '[data-testid="unmark-yes"]')).toBeLessThanOrEqual(FOLD);
    await page.click('[data-testid="unmark-yes"]');
    await page.waitForSelector('[data-testid="countdown"]', { state: 'detached' });
    expect(await currentStep(page)).toBe('unlock.email');
    expect(await page.isChecked('#step-unlock-cedula')).toBe(true);
    await capture(page, `expired-after-yes-${lang}`);
    await page.close();
  });

  it.each(['es', 'en'] as const)('all done (%s)', async (lang) => {
    const page = await open(seeds.done(Date.now()), lang);
    await page.waitForSelector('[data-testid="all-done"]');
    expect(await page.locator('[aria-current="step"]').count()).toBe(0);
    expect(await bottom(page, '[data-testid="all-done"]')).toBeLessThanOrEqual(FOLD);
    await capture(page, `done-${lang}`);
    await page.close();
  });

  it('switching tasks with a countdown running, and coming back: the countdown is still there', async () => {
    const page = await open(seeds.waiting(Date.now()));
    await page.click('[data-testid="change-profile"]');
    // The chooser says which task waits for its email.
    expect(await page.textContent('[data-testid="status-afiliado"]')).toMatch(/Esperando el correo/);
    await page.click('[data-profile="unlock"]');
    await page.waitForSelector('[data-testid="checklist"][data-profile="unlock"]');
    expect(await page.locator('[data-testid="countdown"]').count()).toBe(0);
    await page.check('#step-unlock-check');
    await capture(page, 'switch-other-task');
    await page.click('[data-testid="change-profile"]');
    expect(await page.textContent('[data-testid="status-unlock"]')).toMatch(/En curso/);
    // With badges the five tasks still fit on the first screen.
    for (const id of TASKS) expect(await bottom(page, `[data-profile="${id}"]`)).toBeLessThanOrEqual(FOLD);
    await capture(page, 'switch-chooser');
    await page.click('[data-profile="afiliado"]');
    await page.waitForSelector('[data-testid="countdown"]');
    expect(await page.textContent('[data-testid="clock"]')).toMatch(/^14:\d\d$/);
    expect(await currentStep(page)).toBe('afiliado.inbox');
    await capture(page, 'switch-back');
    // And the other task kept its tick.
    await page.click('[data-testid="change-profile"]');
    await page.click('[data-profile="unlock"]');
    expect(await page.isChecked('#step-unlock-check')).toBe(true);
    await page.close();
  });

  it('200 % zoom: the chooser and the waiting moment, nothing runs off the side', async () => {
    // 200 × 300 CSS px drawn at twice the pixels: the 400 × 600 popup zoomed 2×.
    for (const [name, seed] of [
      ['chooser', seeds.chooser()],
      ['waiting', seeds.waiting(Date.now())],
      ['expired', seeds.expired(Date.now())],
    ] as const) {
      const page = await open(seed, 'es', { width: 200, height: 300 });
      const cdp = await s.context.newCDPSession(page);
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: 200, height: 300, deviceScaleFactor: 2, mobile: false });
      expect(await noHorizontalScroll(page)).toBe(true);
      const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
      writeFileSync(join(OUT, `zoom200-${name}.png`), Buffer.from(data, 'base64'));
      const findings = await runAxe(page);
      if (findings.length) report.push(formatFindings(`zoom200 ${name}`, findings));
      await cdp.detach();
      await page.close();
    }
  });

  const prop = (n: { properties?: { name: string; value: { value?: unknown } }[] }, name: string) =>
    n.properties?.find((p) => p.name === name)?.value.value;

  it('accessibility tree: the current step is exposed, the countdown does not chatter, badges are named', async () => {
    const page = await open(seeds.waiting(Date.now()));
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('Accessibility.enable');
    // One current step, exposed (not ignored) as a list item. CDP lists no "current" property, so
    // the attribute is read from the same DOM node the tree was built from.
    expect(await page.locator('[aria-current]').count()).toBe(1);
    const [step] = await axNodes(cdp, '[aria-current="step"]');
    expect(step!.ignored).toBe(false);
    expect(step!.role?.value).toBe('listitem');
    expect(await page.getAttribute(`[data-step="afiliado.inbox"]`, 'aria-current')).toBe('step');
    // The ticking clock is a timer (live off) and sits in no live region.
    const clockTree = await axNodes(cdp, '[data-testid="clock"]', true);
    const clock = clockTree.find((n) => n.role?.value === 'timer')!;
    expect(clock).toBeTruthy();
    for (const n of clockTree) expect([undefined, 'off'], `live on ${n.role?.value}`).toContain(prop(n, 'live'));
    expect(await page.$eval('[data-testid="clock"]', (e) => !!e.closest('[aria-live]:not([aria-live="off"]), [role="status"], [role="log"], [role="alert"], output'))).toBe(false);
    // The polite region is apart and says the whole minutes: the clock moves, it does not.
    const liveText = async () =>
      (await axNodes(cdp, '[data-testid="countdown-live"]', true))
        .filter((n) => n.role?.value === 'StaticText')
        .map((n) => n.name?.value)
        .join(' ');
    const [live] = await axNodes(cdp, '[data-testid="countdown-live"]');
    expect(prop(live!, 'live')).toBe('polite');
    const before = { clock: await page.textContent('[data-testid="clock"]'), live: await liveText() };
    expect(before.live).toMatch(/Quedan unos 15 minutos/);
    await page.waitForFunction((c) => document.querySelector('[data-testid="clock"]')?.textContent !== c, before.clock);
    expect(await liveText()).toBe(before.live);
    // The chooser's badge is part of the task button's name.
    await page.click('[data-testid="change-profile"]');
    await page.waitForSelector('[data-testid="status-afiliado"]');
    const [button] = await axNodes(cdp, '[data-profile="afiliado"]');
    expect(String(button!.name?.value)).toMatch(/^Generar o recuperar mi clave.*Esperando el correo/);
    await cdp.detach();
    await page.close();
  });

  it('axe: 0 violations in every moment above', () => {
    expect(report.join('\n\n'), 'axe violations').toBe('');
  });
});

describe('popup moments in Firefox', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox();
  });
  afterAll(async () => s?.close());

  async function open(seed: Seed): Promise<PPage> {
    const page = await s.newPage(`${s.baseUrl}/popup.html`);
    await page.waitForSelector(READY);
    await page.evaluate(
      (progress) =>
        (globalThis as unknown as { browser: { storage: { local: { set(v: unknown): Promise<void> } } } }).browser.storage.local.set({
          progress: { v: 2, ...progress },
        }),
      seed,
    );
    await page.close();
    const again = await s.newPage(`${s.baseUrl}/popup.html`);
    await again.waitForSelector(READY);
    return again;
  }
  const attr = (page: PPage, sel: string, name: string) => page.$eval(sel, (e, n) => e.getAttribute(n), name);

  it('the same moments: chooser, first step, waiting, expired, all done', async () => {
    let page = await open(seeds.chooser());
    expect((await page.$$('[data-profile]')).length).toBe(5);
    await page.screenshot({ path: join(OUT, 'firefox-chooser.png') });
    await page.click('[data-profile="unlock"]');
    await page.waitForSelector('[aria-current="step"]');
    expect(await attr(page, '[aria-current="step"]', 'data-step')).toBe('unlock.check');
    await page.screenshot({ path: join(OUT, 'firefox-first-unlock.png') });
    await page.close();

    page = await open(seeds.waiting(Date.now()));
    await page.waitForSelector('[aria-current="step"] [data-testid="countdown"]');
    expect(await attr(page, '[aria-current="step"]', 'data-step')).toBe('afiliado.inbox');
    expect((await page.$$('[data-state="done"] .step-body')).length).toBe(0);
    await page.screenshot({ path: join(OUT, 'firefox-waiting.png') });
    await page.close();

    page = await open(seeds.expired(Date.now()));
    await page.waitForSelector('[data-testid="ask-again"]');
    await page.screenshot({ path: join(OUT, 'firefox-expired.png') });
    await page.click('[data-testid="unmark-yes"]');
    await page.waitForFunction(() => document.querySelector('[aria-current="step"]')?.getAttribute('data-step') === 'unlock.email');
    await page.close();

    page = await open(seeds.done(Date.now()));
    await page.waitForSelector('[data-testid="all-done"]');
    await page.screenshot({ path: join(OUT, 'firefox-done.png') });
    await page.close();
  });
});
