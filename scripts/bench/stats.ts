/** Small statistics shared by the bench modules: medians, quantiles, interleaved runs. */

export function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}
export const median = (xs: number[]) => quantile(xs, 0.5);
export const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
/** p50 / p90 / p99 / max / n of a sample, in ms to the microsecond. */
export const dist = (xs: number[]) => ({
  p50: round(quantile(xs, 0.5), 3),
  p90: round(quantile(xs, 0.9), 3),
  p99: round(quantile(xs, 0.99), 3),
  max: round(quantile(xs, 1), 3),
  n: xs.length,
});

/** Runs every variant once per round, `rounds` times, in an order that rotates each round (no fixed position). */
export async function interleaved<K extends string, T>(rounds: number, variants: [K, () => Promise<T>][]): Promise<Record<K, T[]>> {
  const out = Object.fromEntries(variants.map(([k]) => [k, [] as T[]])) as Record<K, T[]>;
  for (let i = 0; i < rounds; i++) {
    for (let j = 0; j < variants.length; j++) {
      const [k, run] = variants[(i + j) % variants.length]!;
      out[k].push(await run());
    }
  }
  return out;
}

/** One table row in the format of scripts/bench.ts. */
export type Row = (name: string, value: string, budget: string, ok: boolean | null) => string;
export const row: Row = (name, value, budget, ok) => `| ${name} | ${value} | ${budget} | ${ok === null ? '–' : ok ? 'ok' : 'OVER'} |`;

/** A budget as written to bench/results.json: what is measured, its value, the limit, pass/fail. */
export interface Budget {
  measure: string;
  value: number;
  unit: string;
  budget: string;
  pass: boolean | null;
}

/** How loaded the machine was (the bench shares it): 1/5/15-minute load averages and CPU count. */
export const machineLoad = async () => {
  const os = await import('node:os');
  return { at: new Date().toISOString(), loadavg: os.loadavg().map((x) => round(x)), cpus: os.cpus().length };
};
