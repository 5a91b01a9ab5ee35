import { OFFICIAL_MATCHES } from '../utils/official-hosts';

export default defineContentScript({
  matches: OFFICIAL_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const root = document.createElement('asistente-clave-root');
    root.setAttribute('data-asistente-page', 'other');
    root.hidden = true;
    document.documentElement.append(root);
    ctx.onInvalidated(() => root.remove());
  },
});
