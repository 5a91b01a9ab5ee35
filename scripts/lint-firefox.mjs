// Runs `web-ext lint` on the Firefox build. Fails on any error, on any warning whose code and file
// are not explained together in one item of the README's "web-ext lint warnings" section, and on
// an item naming a code and file that web-ext no longer reports (so the list stays true).
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
// Built file names carry a content hash (chunks/Address-BTF5uJQj.js): the README writes `-*`.
const unhashed = (file) => (file ?? '').replace(/-[A-Za-z0-9_-]{8}\.js$/, '-*.js');
/** "CODE file" pairs: each item (a "- " line and its continuation) pairs its codes with its files. */
const explained = new Set();
for (const item of section.split(/\n(?=- )/)) {
  const quoted = [...item.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  const codes = quoted.filter((q) => /^[A-Z_]{6,}$/.test(q));
  const files = quoted.filter((q) => /^[\w./*-]+\.(js|json)$/.test(q));
  for (const code of codes) for (const file of files) explained.add(`${code} ${file}`);
}
const pair = (m) => `${m.code} ${unhashed(m.file)}`;

for (const m of [...report.errors, ...report.warnings, ...report.notices]) {
  console.log(`${m._type.padEnd(7)} ${m.code.padEnd(48)} ${m.file ?? ''}`);
}
const unexplained = report.warnings.filter((w) => !explained.has(pair(w)));
const reported = new Set(report.warnings.map(pair));
const stale = [...explained].filter((p) => !reported.has(p));
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
if (report.summary.errors > 0) {
  console.error('web-ext lint found errors');
  process.exit(1);
}
if (unexplained.length > 0) {
  console.error(`Warnings not explained in README.md: ${[...new Set(unexplained.map(pair))].join(', ')}`);
  process.exit(1);
}
if (stale.length > 0) {
  console.error(`README.md explains warnings web-ext no longer reports: ${stale.join(', ')}`);
  process.exit(1);
}
