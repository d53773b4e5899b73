import type { ReleaseForm } from '../wire/types.js'

/** Fields a policy can release (record schema names). */
export const POLICY_FIELDS = [
  'names',
  'dateOfBirth',
  'placeOfBirth',
  'sex',
  'nationalities',
  'documents',
  'status',
] as const
export type PolicyField = (typeof POLICY_FIELDS)[number]

/**
 * Release forms from least to most restrictive. Forms on one rung are not
 * comparable in what they show, but they are equally far from `exact`; when
 * two of them meet, the later in this list wins.
 */
export const FORM_RANK: Record<ReleaseForm, number> = {
  exact: 0,
  year_month: 1,
  year_only: 2,
  country_only: 3,
  masked: 3,
  age_band: 4,
  presence: 5,
  omit: 6,
}

/** Which forms make sense for which field. */
export const FORMS_FOR_FIELD: Record<PolicyField, readonly ReleaseForm[]> = {
  names: ['exact', 'presence', 'omit'],
  dateOfBirth: ['exact', 'year_month', 'year_only', 'age_band', 'presence', 'omit'],
  placeOfBirth: ['exact', 'country_only', 'presence', 'omit'],
  sex: ['exact', 'presence', 'omit'],
  nationalities: ['exact', 'presence', 'omit'],
  documents: ['exact', 'masked', 'country_only', 'presence', 'omit'],
  status: ['exact', 'year_only', 'presence', 'omit'],
}

/** The more restrictive of two forms (ties: the one later in FORM_RANK order, so the result does not depend on argument order). */
export function mostRestrictive(a: ReleaseForm, b: ReleaseForm): ReleaseForm {
  if (FORM_RANK[a] !== FORM_RANK[b]) return FORM_RANK[a] > FORM_RANK[b] ? a : b
  return a >= b ? a : b
}
