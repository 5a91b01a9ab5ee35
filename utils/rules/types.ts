/** Contract of the rules engine, shared by the content script, the popup and the practice portal. */
export const FIELD_KINDS = [
  'cedula',
  'ruc',
  'email',
  'email-confirm',
  'phone',
  'dactilar',
  'password',
  'password-confirm',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export type Level = 'empty' | 'ok' | 'warn' | 'error';

export interface Verdict {
  level: Level;
  /** Stable machine code per outcome, e.g. `cedula.checksum`; the i18n key of the hint text. */
  code: string;
  params?: Record<string, string | number>;
  /** The normalized value, where one exists (e.g. the cédula without dashes). Never stored. */
  value?: string;
  /**
   * True when the value is only unfinished (too short so far, nothing wrong yet): the UI waits
   * until the person leaves the field before showing it as an error.
   */
  incomplete?: boolean;
}

/** What a rule needs from other fields. Lives in memory only; never stored. */
export interface CheckContext {
  /** The first email, for `email-confirm`. */
  email?: string;
  /** The new clave, for `password-confirm`. */
  password?: string;
  /** The cédula typed on the page, to warn when a clave contains it. */
  cedula?: string;
}
