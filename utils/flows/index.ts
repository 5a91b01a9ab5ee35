import type { PageKind } from '../messaging';
import { FLOWS } from './table';
import { PROFILE_IDS, type Profile, type ProfileId, type Step } from './schema';

export { FLOWS } from './table';
export { PROFILE_IDS, FlowsSchema, ProfileId, type Profile, type Step } from './schema';

const BY_ID = new Map(FLOWS.map((p) => [p.id, p]));
const STEP_PROFILE = new Map<string, Profile>(FLOWS.flatMap((p) => p.steps.map((s) => [s.id, p] as const)));

export function getProfile(id: ProfileId): Profile {
  return BY_ID.get(id)!;
}

export function isProfileId(value: unknown): value is ProfileId {
  return typeof value === 'string' && (PROFILE_IDS as readonly string[]).includes(value);
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
