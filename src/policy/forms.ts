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
 * Release forms from least to most restrictive, a total order: when two
 * rules give one field different forms, the higher rank wins. Where two forms
 * apply to the same field, the one that shows less ranks higher: a document
 * `masked` shows part of its number, `country_only` only its issuing country,
 * so `country_only` wins.
 */
export const FORM_RANK: Record<ReleaseForm, number> = {
  exact: 0,
  year_month: 1,
  year_only: 2,
  masked: 3,
  country_only: 4,
  age_band: 5,
  presence: 6,
  omit: 7,
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

/** The more restrictive of two forms (FORM_RANK is a total order, so the argument order does not matter). */
export function mostRestrictive(a: ReleaseForm, b: ReleaseForm): ReleaseForm {
  return FORM_RANK[a] >= FORM_RANK[b] ? a : b
}
