import { useState } from 'preact/hooks';
import type { Lang } from '../../utils/i18n/core';
import { tPractice, type PracticeKey } from '../../utils/i18n/practice';

type Folder = 'inbox' | 'spam' | 'promos';
const FOLDERS: { id: Folder; label: PracticeKey }[] = [
  { id: 'inbox', label: 'mail.inbox' },
  { id: 'spam', label: 'mail.spam' },
  { id: 'promos', label: 'mail.promos' },
];

/** A pretend mailbox: the portal's message sits in Spam, as it often does. */
export function Mailbox({ lang, subject, onLink }: { lang: Lang; subject: PracticeKey; onLink: () => void }) {
  const t = (k: PracticeKey) => tPractice(lang, k);
  const [folder, setFolder] = useState<Folder>('inbox');
  const [open, setOpen] = useState(false);
  const select = (f: Folder) => {
    setFolder(f);
    setOpen(false);
  };
  // Tabs pattern: one tab stop; ← → (and Home / End) move between folders and open them.
  const onKey = (e: KeyboardEvent) => {
    const i = FOLDERS.findIndex((f) => f.id === folder);
    const to =
      e.key === 'ArrowRight' ? (i + 1) % FOLDERS.length
      : e.key === 'ArrowLeft' ? (i + FOLDERS.length - 1) % FOLDERS.length
      : e.key === 'Home' ? 0
      : e.key === 'End' ? FOLDERS.length - 1
      : -1;
    if (to < 0) return;
    e.preventDefault();
    const id = FOLDERS[to]!.id;
    select(id);
    (e.currentTarget as HTMLElement).ownerDocument.getElementById(`folder-${id}`)?.focus();
  };
  return (
    <section class="mailbox" aria-labelledby="mail-title">
      <h2 id="mail-title">{t('mail.title')}</h2>
      <div class="mail-folders" role="tablist" aria-label={t('mail.title')} onKeyDown={onKey}>
        {FOLDERS.map((f) => (
          <button
            type="button"
            role="tab"
            key={f.id}
            id={`folder-${f.id}`}
            aria-selected={folder === f.id}
            aria-controls="mail-panel"
            tabIndex={folder === f.id ? 0 : -1}
            data-practice-target={f.id}
            data-folder={f.id}
            onClick={() => select(f.id)}
          >
            {t(f.label)}
            {f.id === 'spam' ? ' (1)' : ' (0)'}
          </button>
        ))}
      </div>
      <div class="mail-list" id="mail-panel" role="tabpanel" aria-labelledby={`folder-${folder}`}>
        {folder !== 'spam' ? (
          <p>
            {t('mail.empty')} {folder === 'inbox' ? t('mail.hintSpam') : ''}
          </p>
        ) : !open ? (
          <button type="button" class="mail-item" data-practice-target="message" onClick={() => setOpen(true)}>
            <strong>{t('mail.from')}</strong> — {t(subject)}
          </button>
        ) : (
          <article class="mail-message" data-practice-target="message">
            <h3>{t(subject)}</h3>
            <p>{t('mail.body')}</p>
            <a
              href="#continuar"
              data-mail-link
              onClick={(e) => {
                e.preventDefault();
                onLink();
              }}
            >
              {t('mail.link')}
            </a>
          </article>
        )}
      </div>
    </section>
  );
}
