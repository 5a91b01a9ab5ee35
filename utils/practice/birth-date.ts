/**
 * A birth date as people type it: 05/11/1961, 5/11/1961, 05-11-1961, 5.11.1961, 05 11 1961 or
 * 05111961, always day, month, year (as in Ecuador). Pure: no DOM, no clock.
 */
const PARTS = /^(\d{1,2})[/\-. ]+(\d{1,2})[/\-. ]+(\d{4})$/;
const COMPACT = /^(\d{2})(\d{2})(\d{4})$/;

/** The date as dd/mm/aaaa (the portal's form), or undefined when it is not a real date so written. */
export function parseBirthDate(raw: string): string | undefined {
  const s = raw.trim().replace(/\s+/g, ' ');
  const m = PARTS.exec(s) ?? COMPACT.exec(s);
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return undefined;
  // Day 0 of the next month is the last day of this one (leap years included).
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(day)}/${two(month)}/${year}`;
}
