/**
 * The one place the hints get their text from. When the rules engine's i18n lands, swap this for:
 *   export { verdictText } from '../../utils/i18n/rules';
 */
export { fallbackVerdictText as verdictText } from '../../utils/i18n/hints';
