/**
 * Place for the "Practicar sin datos reales" button (practice-portal issue). It will open the
 * practice page; the practice page sends signals with `practice: true`, which the background
 * keeps in `local:practiceProgress`, apart from real progress. Renders nothing for now.
 */
export function PracticeSlot() {
  return null;
}
