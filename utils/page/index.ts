export { startAssistant, removeStale, hintAnchor, HINT_ID_PREFIX, type Assistant, type AssistantOptions } from './assistant';
export { detectFields, classifyInput, humanTexts, isCandidate, HINT_TAG, ROOT_TAG, type DetectedField } from './detect';
export { detectPage, PAGE_RULES, type PageInfo } from './page-kinds';
export { classifyLabel, LABEL_RULES } from './field-labels';
export { createSignals, type SendSignal } from './signals';
