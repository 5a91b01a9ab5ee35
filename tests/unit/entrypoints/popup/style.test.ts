/** Colour pairs the popup uses (entrypoints/popup/style.css), light and dark: contrast ≥ 4.5:1. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(process.cwd(), 'entrypoints/popup/style.css'), 'utf8');

function vars(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}
const light = vars(css.slice(css.indexOf(':root'), css.indexOf('@media')));
const dark = { ...light, ...vars(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// [text, background] as used in the stylesheet.
const PAIRS: [string, string][] = [
  ['fg', 'bg'],
  ['fg', 'card'],
  ['muted', 'bg'],
  ['muted', 'card'],
  ['accent', 'bg'],
  ['accent', 'card'],
  ['accent-fg', 'accent'],
  ['ok-fg', 'ok-bg'],
  ['fg', 'ok-bg'],
  ['muted', 'ok-bg'],
  ['accent', 'ok-bg'],
  ['warn-fg', 'warn-bg'],
  ['info-fg', 'info-bg'],
  ['note-fg', 'note-bg'],
  ['focus', 'bg'],
];

describe.each([
  ['light', light],
  ['dark', dark],
] as const)('%s scheme', (_name, palette) => {
  it.each(PAIRS)('%s on %s ≥ 4.5:1', (fg, bg) => {
    expect(palette[fg], fg).toBeDefined();
    expect(palette[bg], bg).toBeDefined();
    expect(contrast(palette[fg]!, palette[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
});
