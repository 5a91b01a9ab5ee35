/**
 * The page report: a description of an official page's STRUCTURE for support (issue 16 §3), and
 * whether the assistant still recognises the page. Read-only DOM code, run on demand in the tab
 * (entrypoints/page-report.ts, injected by the popup): the content script carries none of it.
 * It reads no input's value, ever; every text it keeps goes through `safeText` (./report-safe.ts).
 */
import type { PageKind } from '../messaging';
import { LEFT_ALONE, PAGE_NEEDS } from '../portal/needs';
import { CAPTCHA_SELECTORS } from '../portal/phrases';
import type { FieldKind } from '../rules/types';
import { detectFields, HINT_TAG, humanTexts, isCandidate } from './detect';
import { classifyLabel } from './field-labels';
import { hasPhrase, idTokens, norm } from './normalize-text';
import { detectPage } from './page-kinds';
import { safePath, safeText } from './report-safe';

/** What explained one shown text input: a field kind we judge, a field we know not to judge, or nothing. */
export type Detector = FieldKind | 'skip' | 'login' | 'none';
/**
 * Where the explanation came from: words a person reads, the input's attributes, its name/id, or
 * its form (the user field of a login form).
 */
export type DetectedBy = 'words' | 'attribute' | 'name-id' | 'form' | '-';

export interface ReportField {
  type: string;
  detector: Detector;
  by: DetectedBy;
  /** Its label as the report may show it (known words only), or null. */
  label: string | null;
}

export interface PageReport {
  v: 1;
  /** The extension's version. */
  extension: string;
  /** Host and path only. */
  page: string;
  title: string | null;
  /** The page kind by its URL alone. */
  kind: PageKind;
  /** Every input, select and textarea by type (hidden ones too), shown or not. */
  controls: Record<string, number>;
  /** The shown text inputs, in document order (at most MAX_FIELDS). */
  fields: ReportField[];
  /** Hint hosts the content script put on the page. */
  hints: number;
  frames: number;
  captcha: boolean;
  /** The screens this page kind may show (utils/portal/needs.ts); empty for other pages. */
  needs: FieldKind[][];
  /** True when the assistant does not recognise the page (see `isUnrecognised`). */
  unknown: boolean;
}

const MAX_FIELDS = 30;

/** The control's type as a report may name it: a plain word, else `other`. */
function typeOf(el: Element): string {
  const type = el.localName === 'input' ? (el.getAttribute('type') ?? '').trim().toLowerCase() || 'text' : el.localName;
  return /^[a-z-]{1,12}$/.test(type) ? type : 'other';
}

/**
 * True on a procedure page (by URL) that shows text inputs, where no screen of that page kind
 * found all its fields and some input is explained by no detector: the portal likely changed.
 */
export function isUnrecognised(kind: PageKind, fields: readonly Pick<ReportField, 'detector'>[]): boolean {
  const need = PAGE_NEEDS.find((n) => n.kind === kind);
  if (!need || fields.length === 0) return false;
  const found = new Set<string>(fields.map((f) => f.detector));
  if (need.screens.some((screen) => screen.every((k) => found.has(k)))) return false;
  return found.has('none');
}

function describe(input: HTMLInputElement, kept: ReadonlyMap<Element, FieldKind>, tokens: boolean): ReportField {
  const texts = humanTexts(input);
  const matched = texts.find((t) => classifyLabel(t));
  const byWords = matched === undefined ? undefined : classifyLabel(matched);
  const byTokens = tokens ? [input.name, input.id].map((s) => classifyLabel(idTokens(s))).find(Boolean) : undefined;
  const kind = kept.get(input);
  const leftAlone = !byWords && texts.some((t) => LEFT_ALONE.some((p) => hasPhrase(norm(t), p)));
  const skip = byWords?.kind === 'skip' || (!byWords && byTokens?.kind === 'skip') || leftAlone;
  const detector: Detector = kind ?? (skip ? 'skip' : byWords || byTokens ? 'login' : 'none');
  const by: DetectedBy = detector === 'none' ? '-' : byWords || leftAlone ? 'words' : byTokens ? 'name-id' : 'attribute';
  const label = safeText(matched ?? texts[0]) ?? null;
  return { type: typeOf(input), detector, by, label };
}

/** The report of one document at `url`. Never reads a value; `version` is the extension's. */
export function buildPageReport(doc: Document, url: string, version: string): PageReport {
  const page = detectPage(url, '');
  const controls: Record<string, number> = {};
  for (const el of doc.querySelectorAll('input,select,textarea')) {
    const type = typeOf(el);
    controls[type] = (controls[type] ?? 0) + 1;
  }
  const kept = new Map<Element, FieldKind>(detectFields(doc, page).map((f) => [f.input, f.kind]));
  const shown = Array.from(doc.querySelectorAll('input')).filter(isCandidate);
  let fields = shown.map((input) => describe(input, kept, page.tokens));
  // The user field of a login form: the form that holds a clave we leave alone.
  const loginForms = new Set(shown.filter((_, i) => fields[i]!.detector === 'login').map((i) => i.form));
  fields = fields.map((f, i) => (f.detector === 'none' && shown[i]!.form && loginForms.has(shown[i]!.form) ? { ...f, detector: 'login', by: 'form' } : f));
  const needs = PAGE_NEEDS.find((n) => n.kind === page.kind)?.screens ?? [];
  return {
    v: 1,
    extension: /^\d{1,4}(\.\d{1,4}){0,3}$/.test(version) ? version : '',
    page: safePath(url),
    title: safeText(doc.title, 80) ?? null,
    kind: page.kind,
    controls,
    fields: fields.slice(0, MAX_FIELDS),
    hints: doc.querySelectorAll(`${HINT_TAG}[data-asistente-field]`).length,
    frames: doc.querySelectorAll('iframe,frame').length,
    captcha: CAPTCHA_SELECTORS.some((s) => doc.querySelector(s) !== null),
    needs: needs.map((s) => [...s]),
    unknown: isUnrecognised(page.kind, fields),
  };
}
