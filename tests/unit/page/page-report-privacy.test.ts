/**
 * Property test: no value can reach the page report. Every fixture under tests/fixtures/** is
 * filled, again and again with a seeded random generator (fast-check is not a dependency), with
 * made-up values — digit runs (cédulas, phones), emails, names — in the inputs (value attribute and
 * property, placeholder, title), next to each input and in its label, in the headings, the page
 * title and the address's query and fragment. None of them, nor any of their words, nor any `@` or
 * run of 3 digits, may appear in the report object or in its text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPageReport } from '../../../utils/page/page-report';
import { reportText } from '../../../utils/page/report-text';
import { IESS_DOMAIN } from '../../../utils/portal/hosts';
import { PORTAL_URLS } from '../../../utils/portal/pages';
import { CONTENT_ROUTES } from '../../e2e/content-helpers';

const ROOT = join(import.meta.dirname, '../../fixtures');
const RUNS = 25;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** The address each fixture is served at in the browser tests; else the generate page's. */
const URL_OF = new Map(Object.entries(CONTENT_ROUTES).map(([url, r]) => [r.file!, url]));

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['María', 'José', 'Luis', 'Rosa', 'Ángel', 'Juana', 'Segundo', 'Fernanda', 'Wilmer', 'Nelly', 'Jhon', 'Mercedes'];
const LAST = ['Quishpe', 'Pérez', 'Chiluisa', 'Zambrano', 'Guamán', 'Cevallos', 'Tenesaca', 'Macías', 'Yánez', 'Andrade'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyzñ';

function generator(seed: number) {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const digits = (n: number) => Array.from({ length: n }, () => String(int(0, 9))).join('');
  const word = () => Array.from({ length: int(5, 9) }, () => pick([...LETTERS])).join('');
  const kinds = [
    () => digits(10),
    () => `09${digits(8)}`,
    () => `${digits(2)} ${digits(3)} ${digits(4)}`,
    () => digits(int(3, 13)),
    () => `${word()}.${word()}@${pick(['gmail.com', 'hotmail.com', IESS_DOMAIN, 'yahoo.es'])}`,
    () => `${pick(FIRST)} ${pick(LAST)}`,
    () => `${pick(FIRST).toUpperCase()} ${pick(FIRST).toUpperCase()} ${pick(LAST).toUpperCase()} ${pick(LAST).toUpperCase()}`,
    () => `${word()} ${word()}`,
    () => `${pick(LAST)} ${digits(3)}`,
  ];
  return { value: () => pick(kinds)(), chance: (p: number) => r() < p };
}

/** Parses a fixture into the test document (scripts left out: they would not run here anyway). */
function load(file: string) {
  const html = readFileSync(file, 'utf8');
  document.title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '';
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  document.body.innerHTML = body.replace(/<script[\s\S]*?<\/script>/gi, '');
}

/** Puts made-up values everywhere a page might show them; returns them. */
function fill(gen: ReturnType<typeof generator>): string[] {
  const used: string[] = [];
  const v = () => {
    const x = gen.value();
    used.push(x);
    return x;
  };
  document.title = gen.chance(0.5) ? `${document.title} ${v()}` : v();
  for (const input of Array.from(document.querySelectorAll('input,textarea'))) {
    const x = v();
    input.setAttribute('value', x);
    (input as HTMLInputElement).value = x;
    if (gen.chance(0.4)) input.setAttribute('placeholder', v());
    if (gen.chance(0.3)) input.setAttribute('title', v());
    if (gen.chance(0.3)) input.setAttribute('aria-label', v());
    // Neighbouring words: a text right before the input, or an element holding one.
    if (gen.chance(0.5)) input.before(document.createTextNode(` ${v()} `));
    else {
      const span = document.createElement('span');
      span.textContent = v();
      input.before(span);
    }
    const label = (input as HTMLInputElement).labels?.[0] ?? input.closest('tr')?.querySelector('td');
    if (label && gen.chance(0.7)) label.append(` ${v()}`);
  }
  for (const label of Array.from(document.querySelectorAll('label,td,span,h1,h2,h3,legend'))) {
    if (gen.chance(0.3)) label.append(` ${v()}`);
  }
  return used;
}

/** Words of a value that would give it away (names: each name; numbers and emails: whole). */
const giveaways = (value: string) => [value, ...value.split(/\s+/).filter((w) => w.length >= 3)].map((s) => s.toLowerCase());

const files = htmlFiles(ROOT);

describe('no value reaches the page report', () => {
  it('finds the fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s, filled with values %#', (name, file) => {
    const base = URL_OF.get(name) ?? PORTAL_URLS.generate;
    for (let run = 0; run < RUNS; run++) {
      const gen = generator(1000 * files.indexOf(file) + run);
      load(file);
      const values = fill(gen);
      const url = `${base}?cedula=${encodeURIComponent(gen.value())}&correo=${encodeURIComponent(gen.value())}#${encodeURIComponent(gen.value())}`;
      const report = buildPageReport(document, url, '0.1.0');
      const out = `${JSON.stringify(report)}\n${reportText(report)}`.toLowerCase();
      for (const value of values) {
        for (const w of giveaways(value)) expect(out, `seed ${1000 * files.indexOf(file) + run}: "${w}"`).not.toContain(w);
      }
      expect(out).not.toContain('@');
      expect(out).not.toMatch(/\d{3}/);
      expect(out).not.toContain('?cedula');
    }
  });
});
