/** Step signals, each at most once per page load (`portal-opened` once per page kind). No values. */
import type { AssistantMessage, PageKind, Signal } from '../messaging';

/** Sends a message to the extension (step signals, submits, outcomes). */
export type SendSignal = (message: AssistantMessage) => void;

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
    /** Any other message (a submit, an outcome), as it comes. */
    send(message: AssistantMessage): void {
      try {
        send(message);
      } catch {
        // As above.
      }
    },
  };
}
