/** The help dictionary (utils/i18n/help.ts) in the popup's language context. */
import { useContext } from 'preact/hooks';
import { th, type HelpKey } from '../../utils/i18n/help';
import { LangContext } from './i18n';

export type TH = (key: HelpKey, params?: Record<string, string | number>) => string;

export function useTh(): TH {
  const lang = useContext(LangContext);
  return (key, params) => th(lang, key, params);
}
