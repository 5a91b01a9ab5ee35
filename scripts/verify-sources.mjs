// Rebuilds the Firefox package from the sources zip, as an addons.mozilla.org reviewer would
// (unzip, `npm ci`, `npx wxt build -b firefox`), and checks the result is byte-for-byte the
// Firefox zip from `npm run zip`. Run after `npm run zip`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const out = process.env.WXT_OUT_DIR || '.output';
const sourcesZip = join(process.cwd(), out, `${pkg.name}-${pkg.version}-sources.zip`);
const firefoxZip = join(process.cwd(), out, `${pkg.name}-${pkg.version}-firefox.zip`);

function hashes(dir) {
  const result = new Map();
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else result.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return result;
}

const work = mkdtempSync(join(tmpdir(), 'asistente-sources-'));
const run = (cmd, args, cwd, env = {}) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
try {
  const src = join(work, 'src');
  const expected = join(work, 'expected');
  run('unzip', ['-q', sourcesZip, '-d', src], work);
  run('unzip', ['-q', firefoxZip, '-d', expected], work);
  console.log(`sources unpacked in ${src}; npm ci …`);
  run('npm', ['ci', '--no-audit', '--no-fund'], src, { WXT_OUT_DIR: '' });
  run('npx', ['wxt', 'build', '-b', 'firefox'], src, { WXT_OUT_DIR: 'rebuilt' });
  const want = hashes(expected);
  const got = hashes(join(src, 'rebuilt', 'firefox-mv3'));
  const problems = [];
  for (const [file, h] of want) {
    if (!got.has(file)) problems.push(`missing in rebuild: ${file}`);
    else if (got.get(file) !== h) problems.push(`differs: ${file}`);
  }
  for (const file of got.keys()) if (!want.has(file)) problems.push(`extra in rebuild: ${file}`);
  if (problems.length) {
    console.error(`The sources zip does NOT reproduce the Firefox package:\n${problems.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`The sources zip reproduces the Firefox package: ${want.size} files identical.`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
