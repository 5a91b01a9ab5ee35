/** The printable guide's address inside the extension: `/print.html?task=afiliado&lang=es`. */
import { PROFILE_IDS, type ProfileId } from '../flows/task-schema';
import type { Lang } from '../i18n/core';

const isProfileId = (id: string | null): id is ProfileId => (PROFILE_IDS as readonly (string | null)[]).includes(id);

export const PRINT_PATH = '/print.html';

export function printQuery(task: ProfileId, lang: Lang): string {
  return `?${new URLSearchParams({ task, lang }).toString()}`;
}

/** Reads the query; an unknown task or language is null (the page then says so / follows prefs). */
export function parsePrintQuery(search: string): { task: ProfileId | null; lang: Lang | null } {
  const q = new URLSearchParams(search);
  const task = q.get('task');
  const lang = q.get('lang');
  return {
    task: isProfileId(task) ? task : null,
    lang: lang === 'es' || lang === 'en' ? lang : null,
  };
}
