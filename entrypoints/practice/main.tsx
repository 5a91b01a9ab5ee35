import { render } from 'preact';
import { useState } from 'preact/hooks';
import { PracticeApp } from '../../components/practice/PracticeApp';
import '../../components/practice/practice.css';
import '../../components/presenter/presenter.css';
import { browserLang, type Lang } from '../../utils/i18n/core';

function Root() {
  const [lang, setLang] = useState<Lang>(browserLang());
  const [presenter, setPresenter] = useState(new URLSearchParams(location.search).has('presenter'));
  document.documentElement.lang = lang;
  return <PracticeApp lang={lang} onLang={setLang} presenter={presenter} onPresenter={setPresenter} />;
}

render(<Root />, document.getElementById('app')!);
