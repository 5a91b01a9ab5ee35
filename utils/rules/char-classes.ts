/** Character classes a clave policy speaks of (ASCII only). Shared by the tables and their schemas. */
export const CHAR_CLASSES = ['upper', 'lower', 'digit'] as const;
export type CharClass = (typeof CHAR_CLASSES)[number];
