import { ErrorCode, MrnError } from '../util/errors.js'
import type { IdentityDocument, QueryRequest } from './types.js'
import { PROTOCOL_VERSION } from './types.js'

export const REQUEST_ID_BYTES = 16
export const MAX_HANDLE_BYTES = 64
const COUNTRY = /^[A-Z]{3}$/
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/
const MAX_TEXT = 512
const MAX_LIST = 32

/**
 * One person per question (proto/mrn/v1/query.proto, IdentifyQuery): a few
 * spellings of one name, not a list of people, and names short enough that
 * scoring them has a bounded cost. The local API applies the same limits.
 */
export const IDENTIFY_LIMITS = {
  names: 8,
  // Letter runs: a full Arabic name with its nasab and its "Abd al-" compounds, its
  // apostrophes split, can reach nine or ten; twelve is one person's name, not a list.
  tokensPerName: 12,
  charsPerName: 128,
  /** A town or city as written: a name's length. */
  charsPerPlace: 128,
  nationalities: 8,
  documents: 8,
} as const

/** The tokens of a name as the limits count them: runs of letters, marks and digits. */
export function nameTokens(given: string, family: string): string[] {
  return `${given} ${family}`.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
}

function invalid(detail: string): MrnError {
  return new MrnError(ErrorCode.INVALID_REQUEST, detail)
}

/** True for an ISO 3166-1 alpha-3 shaped code ("GRC"). */
export function isCountryCode(value: string): boolean {
  return COUNTRY.test(value)
}

/** True for "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export function isPartialDate(value: string): boolean {
  return PARTIAL_DATE.test(value)
}

/**
 * Semantic checks on a decoded request, shared by the server (which answers
 * INVALID) and the client (which refuses to send). Throws INVALID_REQUEST
 * naming the field.
 */
export function validateRequest(req: QueryRequest): void {
  if (req.protocolVersion !== PROTOCOL_VERSION) throw invalid(`protocolVersion ${req.protocolVersion} is not supported`)
  if (req.requestId.length !== REQUEST_ID_BYTES) throw invalid(`requestId must be ${REQUEST_ID_BYTES} bytes`)
  if (!isCountryCode(req.requesterCountry)) throw invalid('requesterCountry must be ISO 3166-1 alpha-3')
  if (!isCountryCode(req.targetCountry)) throw invalid('targetCountry must be ISO 3166-1 alpha-3')
  if (req.purpose !== 'STATISTICS' && req.legalBasis.trim() === '')
    throw invalid(`legalBasis is required for ${req.purpose}`)
  for (const [name, value] of [
    ['legalBasis', req.legalBasis],
    ['caseReference', req.caseReference],
    ['caseworkerPseudonym', req.caseworkerPseudonym],
    ['caseworkerRole', req.caseworkerRole],
  ] as const) {
    if (value.length > MAX_TEXT) throw invalid(`${name} is longer than ${MAX_TEXT} characters`)
  }
  if (req.caseworkerPseudonym === '') throw invalid('caseworkerPseudonym is required')
  if (!(req.expiresAtMs > req.issuedAtMs)) throw invalid('expiresAtMs must be after issuedAtMs')
  if (req.query.kind === 'identify') {
    const q = req.query.identify
    if (q.names.length === 0 && q.documents.length === 0) throw invalid('identify needs at least one name or document')
    for (const list of ['names', 'nationalities', 'documents'] as const) {
      if (q[list].length > IDENTIFY_LIMITS[list]) {
        throw invalid(
          `identify.${list}: one person per question, at most ${IDENTIFY_LIMITS[list]}: got ${q[list].length}`,
        )
      }
    }
    q.names.forEach((n, i) => {
      const chars = [...n.given].length + [...n.family].length
      if (chars > IDENTIFY_LIMITS.charsPerName) {
        throw invalid(`identify.names[${i}]: at most ${IDENTIFY_LIMITS.charsPerName} characters: got ${chars}`)
      }
      const tokens = nameTokens(n.given, n.family).length
      if (tokens > IDENTIFY_LIMITS.tokensPerName) {
        throw invalid(`identify.names[${i}]: at most ${IDENTIFY_LIMITS.tokensPerName} name parts: got ${tokens}`)
      }
    })
    if (q.dateOfBirth !== undefined && !isPartialDate(q.dateOfBirth))
      throw invalid('dateOfBirth is not a valid partial date')
    for (const n of q.nationalities) if (!isCountryCode(n)) throw invalid('nationalities must be ISO 3166-1 alpha-3')
    checkDocuments('identify.documents', q.documents)
    if (q.placeOfBirth !== undefined && [...q.placeOfBirth].length > IDENTIFY_LIMITS.charsPerPlace) {
      throw invalid(`identify.placeOfBirth: at most ${IDENTIFY_LIMITS.charsPerPlace} characters`)
    }
    if (q.placeOfBirthCountry !== undefined && !isCountryCode(q.placeOfBirthCountry)) {
      throw invalid('identify.placeOfBirthCountry must be ISO 3166-1 alpha-3')
    }
  } else {
    const d = req.query.details
    if (d.handle.length === 0 || d.handle.length > MAX_HANDLE_BYTES)
      throw invalid('details handle is missing or too long')
    if (d.fields.length > MAX_LIST) throw invalid(`details fields are limited to ${MAX_LIST}`)
    if (d.confirm !== undefined) {
      if (d.confirm.documents.length > IDENTIFY_LIMITS.documents) {
        throw invalid(
          `details.confirmDocuments: at most ${IDENTIFY_LIMITS.documents}: got ${d.confirm.documents.length}`,
        )
      }
      checkDocuments('details.confirmDocuments', d.confirm.documents)
      if (d.confirm.dateOfBirth !== undefined && !isPartialDate(d.confirm.dateOfBirth))
        throw invalid('details.confirmDateOfBirth is not a valid partial date')
    }
  }
}

function checkDocuments(where: string, documents: readonly IdentityDocument[]): void {
  for (const d of documents) {
    if (d.number.trim() === '') throw invalid(`${where}: document number is empty`)
    if (d.issuer !== '' && !isCountryCode(d.issuer))
      throw invalid(`${where}: document issuer must be ISO 3166-1 alpha-3`)
  }
}
