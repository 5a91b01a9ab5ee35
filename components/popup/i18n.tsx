import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../../utils/i18n/core';
import { tp, type PopupKey } from '../../utils/i18n/popup';

export const LangContext = createContext<Lang>('es');

export type T = (key: PopupKey, params?: Record<string, string | number>) => string;

export function useT(): T {
  const lang = useContext(LangContext);
  return (key, params) => tp(lang, key, params);
}

export function useLang(): Lang {
  return useContext(LangContext);
}
