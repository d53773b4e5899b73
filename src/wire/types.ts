/**
 * Plain domain types for what travels on the wire. codec.ts converts between
 * these and the generated protobuf classes, so nothing above wire/ touches
 * protobufjs or Long values.
 */

export const PURPOSES = [
  'ASYLUM_RESPONSIBILITY',
  'FAMILY_REUNIFICATION',
  'RETURN_READMISSION',
  'BORDER_CHECK',
  'PROTECTION_VERIFICATION',
  'STATISTICS',
] as const
export type Purpose = (typeof PURPOSES)[number]

export const STATUSES = [
  'OK',
  'NO_HIT',
  'DENIED',
  'INVALID',
  'UNAUTHENTICATED',
  'REPLAY',
  'EXPIRED',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'INTERNAL',
] as const
export type Status = (typeof STATUSES)[number]

export const PROTOCOL_VERSION = 1

/** Release forms a policy can give a field (see docs/policy.md). */
export const RELEASE_FORMS = [
  'exact',
  'year_only',
  'year_month',
  'age_band',
  'country_only',
  'masked',
  'presence',
  'omit',
] as const
export type ReleaseForm = (typeof RELEASE_FORMS)[number]

export interface PersonName {
  given: string
  family: string
  /** ISO 15924 code, e.g. "Latn", "Arab"; empty when unknown. */
  script: string
  transliterated: boolean
}

export interface IdentityDocument {
  type: string
  number: string
  issuer: string
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export type PartialDateText = string

export interface IdentifyQuery {
  names: PersonName[]
  dateOfBirth?: PartialDateText
  sex?: string
  nationalities: string[]
  documents: IdentityDocument[]
  /** Place of birth as written (a town or city, any script), and its country (alpha-3). */
  placeOfBirth?: string
  placeOfBirthCountry?: string
}

export interface DetailsQuery {
  handle: Uint8Array
  fields: string[]
  /** Identifiers that must agree with the record for a handle from a `possible` hit (proto DetailsQuery). */
  confirm?: DetailsConfirmation
}

export interface DetailsConfirmation {
  documents: IdentityDocument[]
  dateOfBirth?: PartialDateText
}

export type QueryBody = { kind: 'identify'; identify: IdentifyQuery } | { kind: 'details'; details: DetailsQuery }

export interface QueryRequest {
  protocolVersion: number
  requestId: Uint8Array
  requesterCountry: string
  targetCountry: string
  purpose: Purpose
  legalBasis: string
  caseReference: string
  caseworkerPseudonym: string
  caseworkerRole: string
  issuedAtMs: number
  expiresAtMs: number
  query: QueryBody
}

export type MatchBand = 'strong' | 'possible' | 'undisclosed'

export interface Hit {
  handle: Uint8Array
  band: MatchBand
  handleExpiresAtMs: number
}

export type FieldValue =
  | { text: string }
  | { texts: string[] }
  | { present: boolean }
  | { date: PartialDateText }
  | { names: PersonName[] }
  | { documents: IdentityDocument[] }

export interface ReleasedField {
  name: string
  form: Exclude<ReleaseForm, 'omit'>
  /** The rule (or guard) that decided the form. */
  ruleId: string
  value: FieldValue
}

export interface WithheldField {
  name: string
  ruleId: string
}

export interface QueryResponse {
  protocolVersion: number
  requestId: Uint8Array
  responderCountry: string
  requestDigest: Uint8Array
  status: Status
  message: string
  hits: Hit[]
  released: ReleasedField[]
  withheld: WithheldField[]
  auditLeafIndex: number
  issuedAtMs: number
  /** With status DENIED: why (proto DenialReason); absent otherwise. */
  denialReason?: DenialReason
}

export const DENIAL_REASONS = ['policy', 'legal_basis', 'handle', 'confirmation'] as const
export type DenialReason = (typeof DENIAL_REASONS)[number]
