/** One step of presenter mode, on the practice portal or an official page. */
export interface PresenterStep {
  /** What the large caption says. */
  caption: string;
  /** The element to highlight, or null when it is not on the current screen. */
  target: () => Element | null;
  /** Shown in the same highlight as the target when on screen (a field's on-screen keyboard). */
  companions?: () => Element[];
  /** Also in the highlight when that leaves the caption room enough (a field's hint). */
  context?: () => Element[];
}
