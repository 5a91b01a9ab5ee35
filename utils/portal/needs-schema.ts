/**
 * zod schema of the page-needs table (utils/portal/needs.ts). Kept apart, like
 * utils/portal/schemas.ts: the table is plain typed data and the unit tests parse it.
 */
import * as z from 'zod/mini';
import { PageKind } from '../messaging';
import { FIELD_KINDS } from '../rules/types';

const FieldKind = z.enum(FIELD_KINDS);

export const PageNeedSchema = z.object({
  /** A procedure page kind (found by its URL). */
  kind: PageKind,
  /**
   * The screens of that procedure that hold fields we judge: each lists the field kinds it
   * shows together. A page is recognised when every kind of one screen was found on it.
   */
  screens: z.array(z.array(FieldKind).check(z.minLength(1))).check(z.minLength(1)),
});

/** Normalized phrases (see norm()), as in the label table. */
export const LeftAloneSchema = z.array(z.string().check(z.regex(/^[a-z0-9]+( [a-z0-9]+)*$/))).check(z.minLength(1));
