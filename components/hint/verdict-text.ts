/**
 * The one place the hints get their text from: the rules engine's messages. (Before they landed
 * this pointed at `fallbackVerdictText` in utils/i18n/hints.ts.)
 */
export { verdictText } from '../../utils/i18n/rules';
