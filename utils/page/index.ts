export { startAssistant, removeStale, hintAnchor, HINT_ID_PREFIX, type Assistant, type AssistantOptions } from './assistant';
export { detectFields, classifyInput, humanTexts, isCandidate, HINT_TAG, ROOT_TAG, type DetectedField } from './detect';
export { detectPage, type PageInfo } from './page-kinds';
export { PAGE_RULES } from '../portal/pages';
export { classifyLabel } from './field-labels';
export { LABEL_RULES } from '../portal/labels';
export { createSignals, type SendSignal } from './signals';
