/**
 * Fuzzer for the rules engine (more runs than the unit tests). Checks that check() never throws,
 * always returns a known code with its level and a filled-in hint in both languages, stays fast on
 * long input, and that the key properties hold. Run: npx tsx scripts/fuzz-rules.ts [runsPerKind] [seed]
 */
import * as fc from 'fast-check';
import {
  CODE_LEVEL,
  FIELD_KINDS,
  check,
  isRuleCode,
  normalizeEmail,
  normalizeId,
  normalizePhone,
  suggestClave,
  type Verdict,
} from '../utils/rules/index.ts';
import { cedulaCheckDigit } from '../utils/rules/cedula.ts';
import { PROVINCES } from '../utils/rules/tables.ts';
import { verdictText } from '../utils/i18n/rules.ts';

const numRuns = Number(process.argv[2] ?? 200_000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
console.log(`fuzz: ${numRuns} runs per property, seed ${seed}`);

const NASTY = [
  '0', '1', '7', '9', '-', '.', ' ', '\u00A0', '\u200B', '\u200D', '\u200E', '\u200F', '\u202E', '\u2066', '\uFEFF',
  '\u00AD', '\uFF11', '\uFF17', '\u0301', '\u0308', '\u0316', 'e', 'A', 'O', 'V', 'ñ', 'é', '@', '+', '(', ')', '\0',
  '\uD800', '\uDFFF', '😀', '👩‍👩‍👧', 'ﬁ', '\u2024', '\u3000', '\u0663', '\u2212', '\t', '\n', 'gmail', '.com', '593', 'İ', 'ß',
];
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...NASTY), maxLength: 60 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 5, maxLength: 16 }),
);
const ctx = fc.record({ email: text, password: text, cedula: text }, { requiredKeys: [] });

function problem(v: Verdict): string | undefined {
  if (!isRuleCode(v.code)) return `unknown code ${v.code}`;
  if (v.level !== CODE_LEVEL[v.code]) return `level ${v.level} for ${v.code}`;
  if (v.incomplete !== undefined && (v.incomplete !== true || v.level !== 'error')) return 'bad incomplete';
  for (const lang of ['es', 'en'] as const) if (/\{\w+\}/.test(verdictText(lang, v))) return `placeholder left (${lang})`;
  return undefined;
}

function timed(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

const params = { numRuns, seed, verbose: 1 } as const;
let failures = 0;
function prop<T>(name: string, p: fc.IProperty<T>): void {
  const t0 = performance.now();
  const out = fc.check(p, params);
  const ms = performance.now() - t0;
  if (out.failed) {
    failures++;
    console.log(`FAIL ${name}\n${fc.defaultReportMessage(out)}\n${String(out.errorInstance)}`);
  } else console.log(`ok   ${name.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms`);
}

for (const kind of FIELD_KINDS) {
  prop(
    `never throws, well-formed: ${kind}`,
    fc.property(text, ctx, (raw, c) => {
      const v = check(kind, raw, c);
      const bad = problem(v);
      if (bad) throw new Error(`${bad}: ${JSON.stringify(v)}`);
      // Slow? Time it again a few times: a GC pause or a busy machine must not count.
      if (timed(() => check(kind, raw, c)) > 5) {
        const best = Math.min(...[0, 1, 2].map(() => timed(() => check(kind, raw, c))));
        if (best > 5) throw new Error(`slow: ${best.toFixed(1)} ms`);
      }
    }),
  );
}

const validCedula = fc
  .tuple(
    fc.constantFrom(...PROVINCES.map((p) => p.code)),
    fc.integer({ min: 0, max: 6 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 6 }),
  )
  .map(([p, t, r]) => {
    const nine = `${p}${t}${r.join('')}`;
    return nine + String(cedulaCheckDigit(nine));
  });

prop(
  'valid cédula ok, every single-digit change an error',
  fc.property(validCedula, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (c, i, delta) => {
    if (check('cedula', c).level !== 'ok') return false;
    const d = (Number(c[i]) + delta) % 10;
    return check('cedula', c.slice(0, i) + d + c.slice(i + 1)).level === 'error';
  }),
);
prop(
  'valid cédula + 001..999 is an ok RUC',
  fc.property(validCedula, fc.integer({ min: 1, max: 999 }), (c, e) => check('ruc', c + String(e).padStart(3, '0')).level === 'ok'),
);
for (const [name, f] of [['normalizeId', normalizeId], ['normalizePhone', normalizePhone], ['normalizeEmail', normalizeEmail]] as const) {
  prop(`${name} is idempotent`, fc.property(text, (s) => f(f(s)) === f(s)));
}
prop('suggestClave is always ok', fc.property(fc.constant(0), () => check('password', suggestClave()).level === 'ok'));

// Linear time: 10× longer input must not cost much more than 10× (times are tiny: the caps apply).
for (const kind of FIELD_KINDS) {
  const time = (n: number) => {
    const s = '1\u0301 @.'.repeat(n);
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) check(kind, s, { email: s, password: s, cedula: s });
    return (performance.now() - t0) / 20;
  };
  time(1000);
  const small = time(25_000);
  const large = time(250_000);
  const okTime = large < Math.max(2, small * 30);
  if (!okTime) failures++;
  console.log(`${okTime ? 'ok  ' : 'FAIL'} time ${kind.padEnd(17)} 100 KB ${small.toFixed(3)} ms, 1 MB ${large.toFixed(3)} ms`);
}

// Worst cases just under the raw cap (1024): these do get normalized and scanned.
const NEAR_CAP = ['\u0301\u0316', 'a\u0301', '@.', '1-', '\u200B1', '１', 'ﬁ', '😀', 'a.', '+5', '\uD800', 'V4'];
for (const kind of FIELD_KINDS) {
  let worst = 0;
  let worstPattern = '';
  for (const p of NEAR_CAP) {
    const s = p.repeat(Math.floor(1024 / p.length));
    const ms = Math.min(...[0, 1, 2].map(() => timed(() => check(kind, s, { email: s, password: s, cedula: s }))));
    if (ms > worst) [worst, worstPattern] = [ms, p];
  }
  const okTime = worst < 5;
  if (!okTime) failures++;
  console.log(`${okTime ? 'ok  ' : 'FAIL'} near-cap ${kind.padEnd(17)} worst ${worst.toFixed(3)} ms (${JSON.stringify(worstPattern)})`);
}

console.log(failures ? `${failures} failure(s)` : 'all good');
process.exitCode = failures ? 1 : 0;
