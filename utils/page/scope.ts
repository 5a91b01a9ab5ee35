/** What every part of one assistant shares: its document, its lifetime and its watched fields. */
import type { Field } from './field-watch';
import type { Scheduler } from './scheduler';

export interface Scope {
  doc: Document;
  win: Window;
  /** Aborted when the assistant stops: listeners, observers and timers end with it. */
  signal: AbortSignal;
  schedule: Scheduler;
  /** The watched fields by input, in document order. */
  fields: Map<HTMLInputElement, Field>;
  /** False once stopped (checks whether the extension is still there). */
  alive: () => boolean;
}
