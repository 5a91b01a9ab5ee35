/**
 * The page report as the plain text a person sees in the popup and copies for support: the same
 * text in both places. Field names in English (for the maintainers), one fact per line, the verdict first
 * (the preview shows the first lines without scrolling).
 */
import type { PageReport } from './page-report';

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

export function reportText(r: PageReport): string {
  const controls = Object.entries(r.controls)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');
  const lines = [
    `Asistente Clave IESS — page report v${r.v}`,
    `recognised: ${r.unknown ? 'NO' : 'yes'}`,
    `kind by URL: ${r.kind}`,
    `needs one of: ${r.needs.length ? r.needs.map((s) => s.join(' + ')).join(' | ') : '-'}`,
    `page: ${r.page}`,
    `title: ${r.title ?? '(hidden)'}`,
    `extension: ${r.extension || '?'}`,
    `controls: ${controls || 'none'}`,
    `hints on page: ${r.hints}; frames: ${r.frames}; captcha: ${yesNo(r.captcha)}`,
    `shown text inputs: ${r.fields.length}`,
    ...r.fields.map((f, i) => `  ${i + 1}. ${f.type}: ${f.detector} (${f.by}) "${f.label ?? '(hidden)'}"`),
  ];
  return lines.join('\n');
}
