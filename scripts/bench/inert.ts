/**
 * The page-load cost of the content script in parts (issue 17's page-load budget):
 *   WXT_OUT_DIR=.output BENCH_BUILDS=inert=.output-inert,port=.output-port BENCH_RUNS=15 npx tsx scripts/bench/inert.ts
 * Extensions interleaved on the PrimeFaces page: the floor (an empty content script), each build
 * of BENCH_BUILDS (name=dir: e.g. the same content script whose main() returns at once, so
 * injection and top level only; made with a one-line early return in entrypoints/content.ts
 * main(), never committed), and the full extension (WXT_OUT_DIR). Page load medians and ratios
 * over the floor. Prints JSON and merges it into bench/results.json (`pageLoadParts`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeFloorExtension } from './floor';
import { flow, routePfSite } from './pf';
import { interleaved, median, round } from './stats';

const OUT = resolve(process.env.WXT_OUT_DIR ?? '.output');
const BUILDS = (process.env.BENCH_BUILDS ?? 'inert=.output-inert').split(',').map((b) => b.split('=') as [string, string]);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 15));
const { launchChromiumWithExtension, makeProfile, removeProfile } = await import('../../tests/e2e/harness');
const KEEP_NAMES = 'globalThis.__name = globalThis.__name || ((f) => f);';

const floorExt = makeFloorExtension(OUT, makeProfile);
const sessions: [string, Awaited<ReturnType<typeof launchChromiumWithExtension>>][] = [['floor', await launchChromiumWithExtension(floorExt.dir)]];
for (const [name, dir] of BUILDS) sessions.push([name, await launchChromiumWithExtension(join(resolve(dir), 'chrome-mv3'))]);
sessions.push(['full', await launchChromiumWithExtension(join(OUT, 'chrome-mv3'))]);
try {
  for (const [, s] of sessions) await s.context.addInitScript(KEEP_NAMES);
  await routePfSite(...sessions.map(([, s]) => s.context));
  for (const [, s] of sessions) await flow(s.context); // warm
  const r = await interleaved(
    RUNS,
    sessions.map(([name, s]) => [name, () => flow(s.context)] as [string, () => ReturnType<typeof flow>]),
  );
  const ms = (k: string) => median(r[k]!.map((x) => x.loadMs));
  const names = sessions.map(([n]) => n);
  const out = {
    runs: RUNS,
    loadMs: Object.fromEntries(names.map((n) => [n, round(ms(n))])),
    overFloor: Object.fromEntries(names.map((n) => [n, round(ms(n) / ms('floor'), 3)])),
    addedMs: Object.fromEntries(names.map((n) => [n, round(ms(n) - ms('floor'))])),
    /** The load in two parts: navigation → DOMContentLoaded, and from there → the load event's end. */
    dclMs: Object.fromEntries(names.map((n) => [n, round(median(r[n]!.map((x) => x.dclMs)))])),
    afterDclMs: Object.fromEntries(names.map((n) => [n, round(median(r[n]!.map((x) => x.loadMs - x.dclMs)))])),
    /** DOMContentLoaded → every hint in the page (the page's own probe), each build but the floor. */
    dclToHintsMs: Object.fromEntries(names.slice(1).map((n) => [n, round(median(r[n]!.map((x) => x.dclToHintsMs ?? NaN)))])),
  };
  console.log(JSON.stringify(out, null, 2));
  const file = join(process.cwd(), 'bench/results.json');
  const results = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  results.pageLoadParts = { date: new Date().toISOString(), builds: Object.fromEntries(BUILDS), ...out };
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
} finally {
  for (const [, s] of sessions) await s.close();
  removeProfile(floorExt.dir);
}
