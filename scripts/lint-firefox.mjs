// Runs `web-ext lint` on the Firefox build. Fails on any error, and on any warning whose code is
// not explained in the README's "web-ext lint warnings" section.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const dir = process.env.WXT_OUT_DIR ? `${process.env.WXT_OUT_DIR}/firefox-mv3` : '.output/firefox-mv3';
let out;
try {
  out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' });
} catch (e) {
  out = e.stdout; // web-ext exits non-zero on errors; the JSON is still printed
}
const report = JSON.parse(out.slice(out.indexOf('{')));
const readme = readFileSync('README.md', 'utf8');
const section = readme.split('## `web-ext lint` warnings')[1]?.split('\n## ')[0] ?? '';
const explained = new Set([...section.matchAll(/`([A-Z_]{6,})`/g)].map((m) => m[1]));

for (const m of [...report.errors, ...report.warnings, ...report.notices]) {
  console.log(`${m._type.padEnd(7)} ${m.code.padEnd(48)} ${m.file ?? ''}`);
}
const unexplained = report.warnings.filter((w) => !explained.has(w.code));
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
if (report.summary.errors > 0) {
  console.error('web-ext lint found errors');
  process.exit(1);
}
if (unexplained.length > 0) {
  console.error(`Warnings not explained in README.md: ${[...new Set(unexplained.map((w) => w.code))].join(', ')}`);
  process.exit(1);
}
