/**
 * The page report as it comes back from the tab (entrypoints/page-report.ts): parsed again in the
 * popup before anything of it is shown, so only this shape, with the builder's limits, is ever
 * rendered or copied.
 */
import * as z from 'zod/mini';
import { PageKind } from '../messaging';
import { FIELD_KINDS } from '../rules/types';
import type { PageReport } from './page-report';

const Text = z.string().check(z.maxLength(80));
const Count = z.number().check(z.int(), z.nonnegative());
const FieldKind = z.enum(FIELD_KINDS);

const PageReportSchema = z.object({
  v: z.literal(1),
  extension: z.string().check(z.maxLength(20)),
  page: z.string().check(z.maxLength(300)),
  title: z.nullable(Text),
  kind: PageKind,
  controls: z.record(z.string().check(z.regex(/^[a-z-]{1,12}$/)), Count),
  fields: z
    .array(
      z.object({
        type: z.string().check(z.regex(/^[a-z-]{1,12}$/)),
        detector: z.enum([...FIELD_KINDS, 'skip', 'login', 'none']),
        by: z.enum(['words', 'attribute', 'name-id', 'form', '-']),
        label: z.nullable(Text),
      }),
    )
    .check(z.maxLength(30)),
  hints: Count,
  frames: Count,
  captcha: z.boolean(),
  needs: z.array(z.array(FieldKind)),
  unknown: z.boolean(),
});

/** The report, or undefined when the value is not one. */
export function parsePageReport(value: unknown): PageReport | undefined {
  const parsed = PageReportSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
