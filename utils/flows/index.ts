import type { PageKind } from '../messaging';
import type { PopupKey } from '../i18n/popup';
import { FLOWS } from './table';
import type * as Schema from './task-schema';
import type { ProfileId } from './task-schema';

export { FLOWS } from './table';
export { PROFILE_IDS, FlowsSchema, ProfileId } from './task-schema';

/** A profile (task) of the flows table, with its texts as popup dictionary keys. */
export type Profile = Schema.Profile<PopupKey>;
export type Step = Schema.Step<PopupKey>;

const BY_ID = new Map(FLOWS.map((p) => [p.id, p]));
const STEP_PROFILE = new Map<string, Profile>(FLOWS.flatMap((p) => p.steps.map((s) => [s.id, p] as const)));

export function getProfile(id: ProfileId): Profile {
  return BY_ID.get(id)!;
}

export function profileOfStep(stepId: string): Profile | undefined {
  return STEP_PROFILE.get(stepId);
}

export function getStep(stepId: string): Step | undefined {
  return STEP_PROFILE.get(stepId)?.steps.find((s) => s.id === stepId);
}

export function isStepId(value: string): boolean {
  return STEP_PROFILE.has(value);
}

/** The email step of a profile (reaching it starts the email wait), if it has one. */
export function emailStep(profile: Profile): Step | undefined {
  return profile.steps.find((s) => s.email);
}

const INFER: Partial<Record<PageKind, ProfileId>> = {
  generate: 'afiliado',
  'change-clave': 'afiliado',
  unlock: 'unlock',
  'update-data': 'update',
  employer: 'empleador',
  biess: 'biess',
};

/** The profile a page kind implies when the person has not chosen one yet. */
export function inferProfile(page: PageKind): ProfileId | undefined {
  return INFER[page];
}
