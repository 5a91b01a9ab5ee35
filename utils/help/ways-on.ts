/**
 * Ways on for a person who can no longer open the email registered with the IESS: ONE table,
 * each fact with the public source that says it (issue 15 item 6). Nothing here that no source
 * says: no opening hours, no addresses, no numbers but the two published ones. Texts are keys of
 * utils/i18n/help.ts. Validated by WaysOnSchema (tests/unit/help/ways-on.test.ts).
 * Only official addresses ship (tests/build/shipped-code.test.ts): the press and guide sources are
 * named here by publisher, title and date; their addresses are in ./sources.md.
 */
import * as z from 'zod/mini';
import { PROFILE_IDS, type ProfileId } from '../flows/task-schema';
import { OFFICIAL_SOURCE } from '../portal/hosts';
import { isHelpKey, type HelpKey, type Lang } from '../i18n/help';

/** Only the IESS's and the BIESS's own pages (and gob.ec) are ever linked; others are named. */

export function isOfficialUrl(url: string | undefined): boolean {
  return !!url && OFFICIAL_SOURCE.test(url);
}

// The schemas below are only used by the tests. Each is built inside a pure-marked function so
// that bundles that do not use it (the popup) drop it: zod/mini's `.check()` is a method call a
// bundler cannot prove free of side effects, so it would otherwise be built at every load.
const HelpText = /* @__PURE__ */ (() => z.string().check(z.refine((k) => isHelpKey(k), 'not a key of utils/i18n/help.ts')))();

export const SourceSchema = /* @__PURE__ */ (() => z
  .object({
    publisher: z.string().check(z.minLength(2)),
    title: z.string().check(z.minLength(5)),
    /** Official pages only (iess.gob.ec, biess.fin.ec, gob.ec); others are listed in ./sources.md. */
    url: z.optional(z.string().check(z.refine((u) => isOfficialUrl(u), 'only official addresses ship'))),
    /** As published: year, year-month or full date. */
    date: z.optional(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
    /** For an undated web guide: when it was read (year-month). */
    accessed: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}$/))),
    /** official: the IESS, the BIESS or gob.ec; news: a newspaper quoting them; guide: third party. */
    kind: z.enum(['official', 'news', 'guide']),
  })
  .check(z.refine((s) => !!s.url || !!s.date || !!s.accessed, 'a source needs an official url, or a publisher and a date')))();
export type Source = z.infer<typeof SourceSchema>;

export const WayOnSchema = /* @__PURE__ */ (() => z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  /** The tasks (utils/flows) this way applies to: only these show it. */
  tasks: z.array(z.enum(PROFILE_IDS)).check(z.minLength(1)),
  text: HelpText,
  /** A published phone number: digits to dial, and how it is written in the source. */
  phone: z.optional(z.object({ tel: z.string().check(z.regex(/^\d{3,12}$/)), display: z.string() })),
  sources: z.array(SourceSchema).check(z.minLength(1)),
}))();
export type WayOn = z.infer<typeof WayOnSchema> & { text: HelpKey };

export const WaysOnSchema = /* @__PURE__ */ (() => z.array(WayOnSchema).check(
  z.minLength(1),
  z.refine((ways) => new Set(ways.map((w) => w.id)).size === ways.length, 'ids are unique'),
))();

const IESS_UNLOCK_2024: Source = {
  publisher: 'IESS',
  title: '¿Cómo desbloquear la clave de afiliado del IESS?',
  date: '2024-11-15',
  url: 'https://iess.gob.ec/es/sala-de-prensa/-/asset_publisher/4DHq/content/como-desbloquear-la-clave-de-afiliado-del-iess/10174',
  kind: 'official',
};

export const WAYS_ON: readonly WayOn[] = [
  {
    id: 'cau',
    tasks: ['afiliado', 'unlock', 'update', 'biess'],
    text: 'ways.cau',
    sources: [
      {
        publisher: 'El Diario',
        title: 'Cómo actualizar tus datos en el IESS: guía práctica paso a paso',
        date: '2025-08-23',
        kind: 'news',
      },
      IESS_UNLOCK_2024,
    ],
  },
  {
    id: 'fingerprint',
    tasks: ['unlock'],
    text: 'ways.fingerprint',
    sources: [IESS_UNLOCK_2024],
  },
  {
    id: 'islas-web',
    tasks: ['afiliado', 'unlock', 'empleador'],
    text: 'ways.islas',
    sources: [
      {
        publisher: 'El Universo',
        // The stored copy has no headline: this title describes the article at that address.
        title: 'Islas Web del IESS en la Caja del Seguro de Guayaquil (trámites, desbloqueo de clave)',
        date: '2026',
        kind: 'news',
      },
    ],
  },
  {
    id: 'foreigner',
    tasks: ['afiliado', 'unlock', 'update'],
    text: 'ways.foreigner',
    sources: [
      {
        publisher: 'Informe Ecuador',
        title: 'Cómo generar o recuperar clave del IESS',
        accessed: '2026-11',
        kind: 'guide',
      },
      {
        publisher: 'gob.ec (IESS)',
        title: 'Certificado de no afiliación al IESS para extranjeros',
        url: 'https://www.gob.ec/iess/tramites/certificado-no-afiliacion-al-iess-extranjeros-0',
        kind: 'official',
      },
    ],
  },
  {
    id: 'biess-line',
    tasks: ['biess'],
    text: 'ways.biess',
    phone: { tel: '1800243777', display: '1800-243777' },
    sources: [
      {
        publisher: 'BIESS',
        title:
          'La seguridad de la clave de acceso a los servicios crediticios del Biess, en manos de los Afiliados y Jubilados (Boletín 2012-071)',
        date: '2012-08-14',
        url: 'https://www.biess.fin.ec/sala-de-prensa/noticias/noticia/archive/noticias/2012/08/14/la-seguridad-de-la-clave-de-acceso-a-los-servicios-crediticios-del-biess--en-manos-de-los-afiliados-y-jubilados-',
        kind: 'official',
      },
    ],
  },
  {
    id: 'contact-140',
    tasks: ['afiliado', 'unlock', 'update', 'empleador'],
    text: 'ways.contact',
    phone: { tel: '140', display: '140' },
    sources: [
      {
        publisher: 'El Universo',
        title: 'Contrato de call center del IESS registra aumento de 642 % en el costo unitario de atención de las llamadas por hora',
        date: '2023',
        kind: 'news',
      },
      {
        publisher: 'El Universo',
        title: 'Personal del IESS atenderá llamadas para citas médicas desde marzo',
        date: '2014-02-07',
        kind: 'news',
      },
    ],
  },
];

/** The ways that apply to a task, in table order. */
export function waysOnFor(task: ProfileId, ways: readonly WayOn[] = WAYS_ON): WayOn[] {
  return ways.filter((w) => w.tasks.includes(task));
}

/** "IESS, 15/11/2024" / "IESS, 11/15/2024"; a year or year-month as published. */
export function sourceLabel(source: Source, lang: Lang): string {
  const d = source.date ?? source.accessed;
  if (!d) return source.publisher;
  const [y, m, day] = d.split('-');
  let when = y!;
  if (m && day) when = lang === 'es' ? `${day}/${m}/${y}` : `${m}/${day}/${y}`;
  else if (m) when = `${m}/${y}`;
  return `${source.publisher}, ${when}`;
}
