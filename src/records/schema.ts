import { z } from 'zod'
import type { PolicyRecord } from '../policy/decide.js'
import type { ProtectionFacts } from '../policy/outgoingGuard.js'
import { PURPOSES } from '../wire/types.js'
import { isPartialDate } from '../wire/validate.js'

/**
 * The record schema for `mrn import` (JSON Lines, one record a line); see
 * docs/records.md for every field with an example.
 */

const country = z.string().regex(/^[A-Z]{3}$/, 'must be ISO 3166-1 alpha-3 (3 upper-case letters)')
const partialDate = z.string().refine(isPartialDate, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
const fullDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be YYYY-MM-DD')

export const NAME_TYPES = ['primary', 'alias', 'former'] as const

export const nameSchema = z
  .object({
    given: z.string().max(200).default(''),
    family: z.string().max(200).default(''),
    script: z
      .string()
      .regex(/^[A-Z][a-z]{3}$/, 'must be an ISO 15924 script code such as Latn, Arab, Cyrl')
      .default(''),
    transliterated: z.boolean().default(false),
    type: z.enum(NAME_TYPES).default('primary'),
  })
  .refine((n) => n.given.trim() !== '' || n.family.trim() !== '', 'needs a given or a family name')

export const DOCUMENT_TYPES = [
  'passport',
  'id_card',
  'travel_document',
  'residence_permit',
  'visa',
  'birth_certificate',
  'other',
] as const

export const documentSchema = z.object({
  type: z.enum(DOCUMENT_TYPES),
  number: z.string().min(1).max(64),
  issuer: country,
  expires: fullDate.optional(),
})

/** Statuses that mean the person applied for or holds international protection. */
export const PROTECTION_STATUSES = ['applicant', 'refugee', 'subsidiary_protection', 'temporary_protection'] as const
export type ProtectionStatus = (typeof PROTECTION_STATUSES)[number]

/** Protection statuses that mean it was granted, not only applied for. */
export const GRANTED_STATUSES = ['refugee', 'subsidiary_protection', 'temporary_protection'] as const

export const STATUS_KINDS = [
  ...PROTECTION_STATUSES,
  'rejected',
  'visa_holder',
  'resident',
  'irregular_stay',
  'returned',
] as const

export const statusSchema = z.object({
  kind: z.enum(STATUS_KINDS),
  since: partialDate.optional(),
  until: partialDate.optional(),
})

export const recordSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9._:-]+$/, 'must be letters, digits, ".", "_", ":" or "-"'),
  names: z.array(nameSchema).min(1, 'needs at least one name'),
  dateOfBirth: partialDate.optional(),
  placeOfBirth: z.string().max(200).optional(),
  /** Country of birth, for the `country_only` release form. */
  placeOfBirthCountry: country.optional(),
  sex: z.enum(['M', 'F', 'X']).optional(),
  nationalities: z.array(country).default([]),
  documents: z.array(documentSchema).default([]),
  status: z.array(statusSchema).default([]),
  fearedCountries: z.array(country).default([]),
  /** Purposes the person consented to; absent means consent is not the legal ground. */
  consentScopes: z.array(z.enum(PURPOSES)).optional(),
  /** E.g. "court_order": such a record is never released. */
  restrictions: z.array(z.string().min(1).max(64)).default([]),
  retentionUntil: fullDate.optional(),
  updatedAt: z.string().datetime({ offset: true }).or(fullDate).optional(),
})

export type MigrantRecord = z.infer<typeof recordSchema>
export type RecordName = z.infer<typeof nameSchema>

/** True if the record shows an application for, or a grant of, international protection. */
export function hasProtectionClaim(record: MigrantRecord): boolean {
  return record.status.some((s) => (PROTECTION_STATUSES as readonly string[]).includes(s.kind))
}

/** What the hard guards and field policy read of a record (stored beside its match keys). */
export function guardView(record: MigrantRecord): PolicyRecord {
  return {
    nationalities: record.nationalities,
    fearedCountries: record.fearedCountries,
    protectionClaim: hasProtectionClaim(record),
    retentionUntil: record.retentionUntil,
    restrictions: record.restrictions,
    consentScopes: record.consentScopes,
    dateOfBirth: record.dateOfBirth,
  }
}

/**
 * What the outgoing guard needs of one of this node's records. The claim's
 * current state is the last protection status in the order listed (the
 * four protection kinds and `rejected`): a final rejection when that is
 * `rejected`, a grant when it is one of GRANTED_STATUSES.
 */
export function protectionFacts(record: MigrantRecord): ProtectionFacts {
  const history = record.status.filter(
    (s) => s.kind === 'rejected' || (PROTECTION_STATUSES as readonly string[]).includes(s.kind),
  )
  const last = history.at(-1)?.kind
  return {
    source: 'record',
    nationalities: record.nationalities,
    fearedCountries: record.fearedCountries,
    protectionClaim: hasProtectionClaim(record),
    granted: last !== undefined && (GRANTED_STATUSES as readonly string[]).includes(last),
    finalRejection: last === 'rejected',
  }
}
