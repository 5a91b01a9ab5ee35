/**
 * Every portal fact is written once, in utils/portal/. This test reads the source tree: no other
 * file names an official host or a procedure's web application, except those listed below, each
 * with its reason. A listed file that no longer needs its exception fails too (remove it then).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_DOMAINS, RETIRED_DOMAINS } from '../../../utils/portal/hosts';
import { PORTAL_APPS } from '../../../utils/portal/pages';

const ROOT = join(__dirname, '../../..');
const DIRS = ['utils', 'components', 'entrypoints', 'scripts', 'tests'];
const ROOT_FILES = ['wxt.config.ts', 'vitest.config.ts', 'vitest.e2e.config.ts'];
/** Fixtures imitate portal pages and carry their addresses by nature. */
const SKIP_DIRS = ['tests/fixtures', 'utils/portal'];
const TEXT = /\.(ts|tsx|js|mjs|cjs|css|html|json)$/;

const FACTS = [...OFFICIAL_DOMAINS, ...RETIRED_DOMAINS, ...Object.values(PORTAL_APPS).map((p) => p.replace(/^\//, ''))];


/** Files allowed to write a portal fact out, and why. */
const EXCEPTIONS: Record<string, string> = {
  'utils/i18n/popup.ts': 'sentences for people name the official addresses, so they can compare with the address bar',
  'utils/rules/tables.ts': 'email domains people type: the IESS domain there is that of staff email addresses, not the site',
  'tests/unit/rules/email.test.ts': 'email domain test cases (see utils/rules/tables.ts)',
  'utils/help/ways-on.ts': 'each way on cites the public notice it comes from: those are addresses of press pages, not of the procedures',
  'tests/unit/help/ways-on.test.ts': 'test cases of the official-source check, written as a person sees them',
  'tests/unit/site-check.test.ts': 'look-alike addresses are written out as a person sees them: the test cases of the site check',
  'tests/build/manifest.test.ts': 'independent check of the built manifest: hosts written by hand, so a wrong edit of utils/portal/hosts.ts cannot pass alone',
  'tests/unit/flows/flows.test.ts': 'independent check of the generate link of the flows table, written by hand',
  'tests/unit/components/popup/App.test.tsx': 'independent check of the site verdicts and of the host permission the popup requests',
  'tests/e2e/popup.e2e.ts': 'independent check of the host permission request: the match patterns written by hand',
};

function walk(dir: string, out: string[]) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const rel = relative(ROOT, path).split(sep).join('/');
    if (SKIP_DIRS.includes(rel) || name === 'node_modules') continue;
    if (statSync(path).isDirectory()) walk(path, out);
    else if (TEXT.test(name)) out.push(rel);
  }
  return out;
}

function filesWithFacts(): string[] {
  const files = [...DIRS.flatMap((d) => walk(join(ROOT, d), [])), ...ROOT_FILES];
  return files.filter((f) => {
    const text = readFileSync(join(ROOT, f), 'utf8').toLowerCase();
    return FACTS.some((fact) => text.includes(fact));
  });
}

describe('one home for portal facts', () => {
  it('knows what it looks for', () => {
    expect(FACTS.length).toBeGreaterThanOrEqual(7);
    // utils/portal itself is skipped, but it is where the facts are: the search must find them there.
    const hosts = readFileSync(join(ROOT, 'utils/portal/hosts.ts'), 'utf8');
    expect(OFFICIAL_DOMAINS.every((d) => hosts.includes(d))).toBe(true);
  });

  it('no file outside utils/portal writes a host or a portal path, but the listed exceptions', () => {
    const found = filesWithFacts();
    expect(found.filter((f) => !(f in EXCEPTIONS))).toEqual([]);
  });

  it('every exception is still needed', () => {
    const found = new Set(filesWithFacts());
    const stale = Object.keys(EXCEPTIONS).filter((f) => !found.has(f));
    expect(stale).toEqual([]);
  });
});
