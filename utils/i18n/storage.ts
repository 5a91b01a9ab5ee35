/**
 * The popup's message when the browser refused to save (storage full): Spanish (Ecuador,
 * "usted") first; `en` is typed against `es`, so a key missing in either language is a type error.
 */
import { makeTranslator } from './core';

const es = {
  'storage.failed.title': 'No se pudo guardar',
  'storage.failed.body':
    'El navegador no guardó este cambio; puede faltar espacio en el equipo. Lo guardado antes sigue igual. Intente de nuevo.',
  'storage.failed.close': 'Entendido',
};

const en: Record<keyof typeof es, string> = {
  'storage.failed.title': 'Could not save',
  'storage.failed.body':
    'The browser did not save this change; the computer may be short of space. What was saved before is unchanged. Try again.',
  'storage.failed.close': 'OK',
};

export type StorageKey = keyof typeof es;
export const storageMessages = { es: es as Record<StorageKey, string>, en };

export const ts = makeTranslator<StorageKey>(storageMessages);
