/**
 * Text size (issue 15 item 9): a few steps around the popup's 16 px base, remembered in the
 * preferences (`textScale`). Pure rules: the popup applies the result as the root font size, and
 * its CSS sizes everything in rem/em, so the whole popup grows.
 */
export const TEXT_SCALES = [0.875, 1, 1.125, 1.25, 1.375, 1.5] as const;
const DEFAULT_SCALE = 1;
const BASE_FONT_PX = 16;

/** The allowed step nearest to any stored number (absent or not a number: the default). */
export function snapScale(value: number | null | undefined): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SCALE;
  let best: number = DEFAULT_SCALE;
  for (const s of TEXT_SCALES) if (Math.abs(s - value) < Math.abs(best - value)) best = s;
  return best;
}

/** One step larger (+1) or smaller (-1), staying within the steps. */
export function stepScale(current: number | null | undefined, dir: 1 | -1): number {
  const i = TEXT_SCALES.indexOf(snapScale(current) as (typeof TEXT_SCALES)[number]);
  return TEXT_SCALES[Math.min(TEXT_SCALES.length - 1, Math.max(0, i + dir))]!;
}

export const canGrow = (scale: number | null | undefined) => snapScale(scale) < TEXT_SCALES[TEXT_SCALES.length - 1]!;
export const canShrink = (scale: number | null | undefined) => snapScale(scale) > TEXT_SCALES[0];

/** The root font size for a scale, e.g. "20px" for 1.25. */
export function rootFontSize(scale: number | null | undefined): string {
  return `${BASE_FONT_PX * snapScale(scale)}px`;
}

export const scalePercent = (scale: number | null | undefined) => Math.round(snapScale(scale) * 100);
