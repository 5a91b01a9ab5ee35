/** Step signals, each at most once per page load (`portal-opened` once per page kind). No values. */
import type { PageKind, Signal, StepSignalMessage } from '../messaging';

export type SendSignal = (message: StepSignalMessage) => void;

export function createSignals(send: SendSignal, practice: boolean) {
  const sent = new Set<string>();
  return {
    emit(signal: Signal, page: PageKind): void {
      const key = signal === 'portal-opened' ? `${signal}:${page}` : signal;
      if (sent.has(key)) return;
      sent.add(key);
      try {
        send({ type: 'asistente:signal', signal, page, at: Date.now(), practice });
      } catch {
        // No one listening (popup closed, extension reloading): nothing to do.
      }
    },
    has: (signal: Signal) => sent.has(signal),
  };
}
