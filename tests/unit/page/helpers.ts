import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/portal');

/** A fixture's body markup (scripts left out: happy-dom tests drive changes themselves). */
export function fixtureBody(file: string): string {
  const html = readFileSync(resolve(FIXTURES, file), 'utf8');
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  return body.replace(/<script[\s\S]*?<\/script>/gi, '');
}

export function fixtureTitle(file: string): string {
  const html = readFileSync(resolve(FIXTURES, file), 'utf8');
  return /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '';
}

/** Loads a fixture into the test document (tests only: never done with page data at run time). */
export function loadFixture(file: string): void {
  document.title = fixtureTitle(file);
  document.body.innerHTML = fixtureBody(file);
}
