/**
 * Micro-benchmark of the rules engine (not a test): time per check() call for each kind,
 * median over many batches. Run: npx tsx scripts/bench-rules.ts [batches]
 */
import { FIELD_KINDS, check, suggestClave, type CheckContext, type FieldKind } from '../utils/rules/index.ts';

const INPUTS: Record<FieldKind, { raw: string[]; ctx?: CheckContext }> = {
  cedula: { raw: ['1714307103', '171430710-3', '１７１４３０７１０３', '1714307104', '17143', 'X123456'] },
  ruc: { raw: ['0992397535001', '1760001550001', '1793213150001', '1714307103001', '1714307103000'] },
  email: { raw: ['juan.perez@gmail.com', 'ana@gmial.com', 'Maria+IESS@Hotmail.es', 'juan@gmail', 'x@empresa.com.ec'] },
  'email-confirm': { raw: ['juan.perez@GMAIL.com', 'juan.perez@gm', 'otra@gmail.com'], ctx: { email: 'juan.perez@gmail.com' } },
  phone: { raw: ['0991234567', '+593 99 123 4567', '(02) 234-5678', '2345678', '+1 212 555 1234'] },
  dactilar: { raw: ['V4443V4444', 'v4443 v4444', 'V4443V444O', 'V44'] },
  password: { raw: ['Casa123', 'ecuador2024', 'abcdef', 'Españ0la', 'Luna427casa'], ctx: { cedula: '1714307103' } },
  'password-confirm': { raw: ['Casa123', 'Casa12', 'casa123'], ctx: { password: 'Casa123' } },
};

const batches = Number(process.argv[2] ?? 200);
const PER_BATCH = 500;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

let sink = 0;
function bench(label: string, fn: (i: number) => unknown): void {
  for (let i = 0; i < PER_BATCH * 5; i++) fn(i); // warm-up
  const perCall: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < PER_BATCH; i++) if (fn(i)) sink++;
    perCall.push(Number(process.hrtime.bigint() - t0) / PER_BATCH);
  }
  const sorted = [...perCall].sort((a, b) => a - b);
  const p90 = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  console.log(`${label.padEnd(18)} median ${(median(perCall) / 1000).toFixed(2).padStart(6)} µs/call   p90 ${(p90 / 1000).toFixed(2).padStart(6)} µs`);
}

console.log(`node ${process.version}, ${batches} batches × ${PER_BATCH} calls per kind`);
for (const kind of FIELD_KINDS) {
  const { raw, ctx } = INPUTS[kind];
  bench(kind, (i) => check(kind, raw[i % raw.length], ctx));
}
const big = '1'.repeat(1 << 20);
bench('cedula (1 MB)', () => check('cedula', big));
bench('suggestClave', () => suggestClave());
if (sink < 0) console.log(sink);
