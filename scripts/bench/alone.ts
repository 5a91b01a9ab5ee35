/**
 * The PrimeFaces rows alone, on an existing build (no rebuild, quicker):
 *   WXT_OUT_DIR=.output-bench BENCH_RUNS=5 npx tsx scripts/bench/alone.ts
 * Merges `primefaces` and `popupBundle` into bench/results.json and prints their rows.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeFloorExtension } from './floor';
import { benchPfKeys } from './pf-keys';
import { benchPf, routePfSite } from './pf';
import { popupBundle } from './popup-size';
import { pfRows } from './rows';
import { row } from './stats';

process.env.WXT_OUT_DIR ||= '.output-bench';
const OUT = resolve(process.cwd(), process.env.WXT_OUT_DIR);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 15));
const { launchChromium, launchPlainChromium, launchChromiumWithExtension, makeProfile, removeProfile } = await import('../../tests/e2e/harness');
const KEEP_NAMES = 'globalThis.__name = globalThis.__name || ((f) => f);';

const withExt = await launchChromium();
const plain = await launchPlainChromium();
const floorExt = makeFloorExtension(OUT, makeProfile);
const floor = await launchChromiumWithExtension(floorExt.dir);
try {
  for (const s of [withExt, plain, floor]) await s.context.addInitScript(KEEP_NAMES);
  await routePfSite(withExt.context, plain.context, floor.context);
  const only = process.env.BENCH_ONLY ?? '';
  const pf = only === 'keys' ? undefined : await benchPf(withExt.context, floor.context, plain.context, RUNS);
  const keys = only === 'load' ? undefined : await benchPfKeys(withExt.context, plain.context, RUNS);
  const popup = popupBundle(join(OUT, 'chrome-mv3'));
  const file = join(process.cwd(), 'bench/results.json');
  const results = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  results.primefaces = { date: new Date().toISOString(), runs: RUNS, ...(pf ?? results.primefaces), ...(keys ? { valueChange: keys } : {}) };
  results.popupBundle = popup;
  mkdirSync(join(process.cwd(), 'bench'), { recursive: true });
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  console.log(['', '| measure | value | budget | |', '|---|---|---|---|', ...pfRows(pf, keys, popup, row), '', 'Written bench/results.json (primefaces, popupBundle)'].join('\n'));
} finally {
  await withExt.close();
  await plain.close();
  await floor.close();
  removeProfile(floorExt.dir);
}
