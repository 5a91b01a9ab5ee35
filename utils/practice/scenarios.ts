/**
 * The practice portal's scenarios as data (one per practised task: its screens in order, and the
 * presenter-mode steps: what to highlight and what the caption says). Not to be confused with the
 * flows table (utils/flows: the real tasks' checklists). Validated with zod when the module loads.
 */
import * as z from 'zod/mini';
import { GENERATE_LINK_MINUTES, UNLOCK_LINK_MINUTES } from '../portal/links';

export const SCENARIO_IDS = ['generate', 'unlock', 'employer'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

const SCREEN_IDS = [
  'id',
  'questions',
  'contact',
  'sent',
  'mailbox',
  'clave',
  'done',
  'unlock-id',
  'unlock-sent',
  'unlock-done',
  'employer-form',
  'employer-done',
] as const;
export type ScreenId = (typeof SCREEN_IDS)[number];

const ScenarioStepSchema = z.object({
  /** i18n key of the caption (utils/i18n/practice.ts). */
  caption: z.string(),
  screen: z.enum(SCREEN_IDS),
  /** Value of the `data-practice-target` attribute of the element to highlight. */
  target: z.string(),
});
const ScenarioSchema = z.object({
  id: z.enum(SCENARIO_IDS),
  /** The page kind the real portal has for this task (for the assistant and the checklist). */
  page: z.enum(['generate', 'unlock', 'employer']),
  /** Minutes the emailed link is valid, where there is one. */
  linkMinutes: z.optional(z.number()),
  screens: z.array(z.enum(SCREEN_IDS)),
  steps: z.array(ScenarioStepSchema),
});
type Scenario = z.infer<typeof ScenarioSchema>;

const SCENARIO_DATA: Scenario[] = [
  {
    id: 'generate',
    page: 'generate',
    linkMinutes: GENERATE_LINK_MINUTES,
    screens: ['id', 'questions', 'contact', 'sent', 'mailbox', 'clave', 'done'],
    steps: [
      { caption: 'step.typeCedula', screen: 'id', target: 'cedula' },
      { caption: 'step.robot', screen: 'id', target: 'robot' },
      { caption: 'step.search', screen: 'id', target: 'search' },
      { caption: 'step.questions', screen: 'questions', target: 'questions' },
      { caption: 'step.email', screen: 'contact', target: 'email' },
      { caption: 'step.phone', screen: 'contact', target: 'mobile' },
      { caption: 'step.send', screen: 'contact', target: 'send' },
      { caption: 'step.waitEmail', screen: 'sent', target: 'countdown' },
      { caption: 'step.lookSpam', screen: 'mailbox', target: 'spam' },
      { caption: 'step.openLink', screen: 'mailbox', target: 'message' },
      { caption: 'step.terms', screen: 'clave', target: 'terms' },
      { caption: 'step.keyboard', screen: 'clave', target: 'keyboard' },
      { caption: 'step.generate', screen: 'clave', target: 'generate' },
      { caption: 'step.testLogin', screen: 'done', target: 'done' },
    ],
  },
  {
    id: 'unlock',
    page: 'unlock',
    linkMinutes: UNLOCK_LINK_MINUTES,
    screens: ['unlock-id', 'unlock-sent', 'mailbox', 'unlock-done'],
    steps: [
      { caption: 'step.typeCedula', screen: 'unlock-id', target: 'cedula' },
      { caption: 'step.unlock', screen: 'unlock-id', target: 'unlock' },
      { caption: 'step.waitEmailUnlock', screen: 'unlock-sent', target: 'countdown' },
      { caption: 'step.lookSpam', screen: 'mailbox', target: 'spam' },
      { caption: 'step.openLink', screen: 'mailbox', target: 'message' },
      { caption: 'step.unlocked', screen: 'unlock-done', target: 'done' },
    ],
  },
  {
    id: 'employer',
    page: 'employer',
    screens: ['employer-form', 'employer-done'],
    steps: [
      { caption: 'step.ruc', screen: 'employer-form', target: 'ruc' },
      { caption: 'step.repCedula', screen: 'employer-form', target: 'rep' },
      { caption: 'step.email', screen: 'employer-form', target: 'email' },
      { caption: 'step.employerSend', screen: 'employer-form', target: 'send' },
      { caption: 'step.employerOffice', screen: 'employer-done', target: 'done' },
    ],
  },
];

export const SCENARIOS: Record<ScenarioId, Scenario> = Object.fromEntries(
  z.array(ScenarioSchema).parse(SCENARIO_DATA).map((f) => [f.id, f]),
) as Record<ScenarioId, Scenario>;

/** Index of the first presenter step shown on a screen (or -1). */
export function firstStepOf(scenario: Scenario, screen: ScreenId): number {
  return scenario.steps.findIndex((s) => s.screen === screen);
}
