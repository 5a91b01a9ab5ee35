import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { PracticeApp } from '../../components/practice/PracticeApp';
import '../../components/practice/practice.css';
import '../../components/presenter/presenter.css';
import { browserLang, type Lang } from '../../utils/i18n/core';
import { startAssistant } from '../../utils/page/assistant';
import { mountHint } from '../../components/hint/mount';
import { message } from '../../components/hint/messages';
import { startOutcomesWithView } from '../../components/hint/outcome';
import { SCENARIOS, type ScenarioId } from '../../utils/practice/scenarios';
import { suggestClave } from '../../utils/rules';
import { readPrefs, updatePrefs, watchPrefs } from '../../utils/storage/items';
import type { Prefs } from '../../utils/storage/schema';

/** The same assistant as on the portal, on this page, sending practice signals (from the
 * moment the language is known: null until the stored preferences are read). */
function useAssistant(lang: Lang | null) {
  const flow = useRef<ScenarioId>('generate');
  const controller = useRef<AbortController>();
  const restart = useCallback(() => {
    controller.current?.abort();
    if (!lang) return;
    controller.current = new AbortController();
    startAssistant({
      doc: document,
      win: window,
      signal: controller.current.signal,
      lang,
      practice: true,
      view: mountHint,
      texts: message,
      pageKind: SCENARIOS[flow.current].page,
      outcomes: () => Promise.resolve(startOutcomesWithView),
      send: (message) => {
        browser.runtime.sendMessage(message).catch(() => undefined);
      },
    });
  }, [lang]);
  useEffect(() => {
    restart();
    return () => controller.current?.abort();
  }, [restart]);
  return useCallback(
    (next: ScenarioId) => {
      if (next === flow.current) return;
      flow.current = next;
      restart();
    },
    [restart],
  );
}

/** Language and presenter mode are the popup's preferences, shared with this page. */
function Root() {
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  useEffect(() => {
    void readPrefs().then(setPrefs);
    return watchPrefs(setPrefs);
  }, []);
  const lang: Lang = prefs?.lang ?? browserLang();
  const onFlow = useAssistant(prefs ? lang : null);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  if (!prefs) return null;
  return (
    <PracticeApp
      lang={lang}
      onLang={(l) => void updatePrefs({ lang: l }).then(setPrefs)}
      presenter={prefs.presenter ?? false}
      onPresenter={(on) => void updatePrefs({ presenter: on }).then(setPrefs)}
      onFlow={onFlow}
      suggestClave={() => suggestClave()}
    />
  );
}

render(<Root />, document.getElementById('app')!);
