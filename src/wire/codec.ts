import { ErrorCode, MrnError } from '../util/errors.js'
import { mrn } from './gen/mrn.js'
import type {
  DenialReason,
  DetailsConfirmation,
  FieldValue,
  Hit,
  IdentityDocument,
  MatchBand,
  PartialDateText,
  PersonName,
  Purpose,
  QueryRequest,
  QueryResponse,
  ReleasedField,
  Status,
} from './types.js'
import { PURPOSES, STATUSES } from './types.js'

const pb = mrn.v1

type LongLike = number | { toNumber(): number }

/** int64 and uint64 fields decode to Long; every value we carry (ms, indices, sizes) fits in 2^53. */
export function toNumber(value: LongLike | null | undefined): number {
  // Stryker disable next-line all: protobufjs decodes an absent int64 to Long zero, never null
  if (value === null || value === undefined) return 0
  // Stryker disable next-line all: with long.js present every int64 decodes to Long; numbers come from our own objects
  return typeof value === 'number' ? value : value.toNumber()
}

/** protobufjs decodes bytes as Buffer under Node; hand out plain Uint8Array views (no copy). */
function asUint8Array(value: Uint8Array | null | undefined): Uint8Array {
  // Stryker disable next-line all: absent bytes decode to an empty buffer, never null
  if (!value) return new Uint8Array()
  return Object.getPrototypeOf(value) === Uint8Array.prototype
    ? value
    : new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
}

function malformed(what: string, cause?: unknown): MrnError {
  return new MrnError(ErrorCode.MALFORMED, `cannot decode ${what}`, { cause })
}

// ---------- envelope ----------

export interface SignedEnvelope {
  body: Uint8Array
  signature: Uint8Array
}

export function encodeEnvelope(env: SignedEnvelope): Uint8Array {
  return pb.SignedEnvelope.encode({ body: env.body, signature: env.signature }).finish()
}

export function decodeEnvelope(bytes: Uint8Array): SignedEnvelope {
  try {
    const env = pb.SignedEnvelope.decode(bytes)
    return { body: asUint8Array(env.body), signature: asUint8Array(env.signature) }
  } catch (err) {
    throw malformed('SignedEnvelope', err)
  }
}

// ---------- partial dates ----------

/** "1990-03" → {year: 1990, month: 3, day: 0}. */
export function partialDateToWire(text: PartialDateText | undefined): mrn.v1.IPartialDate | null {
  if (!text) return null
  const [y, m, d] = text.split('-').map(Number)
  return { year: y ?? 0, month: m ?? 0, day: d ?? 0 }
}

export function partialDateFromWire(date: mrn.v1.IPartialDate | null | undefined): PartialDateText | undefined {
  if (!date?.year) return undefined
  const pad = (n: number): string => String(n).padStart(2, '0')
  if (!date.month) return String(date.year).padStart(4, '0')
  if (!date.day) return `${String(date.year).padStart(4, '0')}-${pad(date.month)}`
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`
}

// Stryker disable all: protobufjs decodes absent proto3 fields to their defaults, so this fallback is for the type only
function nameFromWire(n: mrn.v1.IPersonName): PersonName {
  return {
    given: n.given ?? '',
    family: n.family ?? '',
    script: n.script ?? '',
    transliterated: n.transliterated ?? false,
  }
}

function documentFromWire(d: mrn.v1.IIdentityDocument): IdentityDocument {
  return { type: d.type ?? '', number: d.number ?? '', issuer: d.issuer ?? '' }
}
// Stryker restore all

/** A details query's confirmation, present when it carries any identifier (proto3 cannot send an empty one). */
function detailsConfirmation(d: mrn.v1.IDetailsQuery): { confirm?: DetailsConfirmation } {
  // Stryker disable next-line ArrayDeclaration,LogicalOperator: protobufjs decodes absent repeated fields to []
  const documents = (d.confirmDocuments ?? []).map(documentFromWire)
  const dateOfBirth = partialDateFromWire(d.confirmDateOfBirth)
  if (documents.length === 0 && dateOfBirth === undefined) return {}
  return { confirm: { documents, ...(dateOfBirth === undefined ? {} : { dateOfBirth }) } }
}

// ---------- request ----------

export function encodeRequest(req: QueryRequest): Uint8Array {
  const msg: mrn.v1.IQueryRequest = {
    protocolVersion: req.protocolVersion,
    requestId: req.requestId,
    requesterCountry: req.requesterCountry,
    targetCountry: req.targetCountry,
    purpose: pb.Purpose[req.purpose],
    legalBasis: req.legalBasis,
    caseReference: req.caseReference,
    caseworkerPseudonym: req.caseworkerPseudonym,
    caseworkerRole: req.caseworkerRole,
    issuedAtMs: req.issuedAtMs,
    expiresAtMs: req.expiresAtMs,
  }
  if (req.query.kind === 'identify') {
    const q = req.query.identify
    msg.identify = {
      names: q.names,
      dateOfBirth: partialDateToWire(q.dateOfBirth),
      sex: q.sex ?? '',
      nationalities: q.nationalities,
      documents: q.documents,
      placeOfBirth: q.placeOfBirth ?? '',
      placeOfBirthCountry: q.placeOfBirthCountry ?? '',
    }
  } else {
    const d = req.query.details
    msg.details = {
      handle: d.handle,
      fields: d.fields,
      ...(d.confirm === undefined
        ? {}
        : {
            confirmDocuments: d.confirm.documents,
            confirmDateOfBirth: partialDateToWire(d.confirm.dateOfBirth),
          }),
    }
  }
  return pb.QueryRequest.encode(msg).finish()
}

/** Decodes a request body. Structural problems throw MALFORMED; semantic checks live in validateRequest. */
export function decodeRequest(bytes: Uint8Array): QueryRequest {
  let m: mrn.v1.QueryRequest
  try {
    m = pb.QueryRequest.decode(bytes)
  } catch (err) {
    throw malformed('QueryRequest', err)
  }
  const purpose = pb.Purpose[m.purpose] as string | undefined
  if (!purpose || !(PURPOSES as readonly string[]).includes(purpose)) {
    throw new MrnError(ErrorCode.INVALID_REQUEST, `unknown purpose ${m.purpose}`)
  }
  let query: QueryRequest['query']
  if (m.query === 'identify' && m.identify) {
    const q = m.identify
    query = {
      kind: 'identify',
      identify: {
        // Stryker disable next-line ArrayDeclaration,LogicalOperator,OptionalChaining,StringLiteral,BooleanLiteral: protobufjs decodes absent repeated fields to [] and sets the member its oneof names
        names: (q.names ?? []).map(nameFromWire),
        dateOfBirth: partialDateFromWire(q.dateOfBirth),
        sex: q.sex || undefined,
        // Stryker disable next-line ArrayDeclaration,LogicalOperator,OptionalChaining,StringLiteral,BooleanLiteral: protobufjs decodes absent repeated fields to [] and sets the member its oneof names
        nationalities: q.nationalities ?? [],
        // Stryker disable next-line ArrayDeclaration,LogicalOperator,OptionalChaining,StringLiteral,BooleanLiteral: protobufjs decodes absent repeated fields to [] and sets the member its oneof names
        documents: (q.documents ?? []).map(documentFromWire),
        placeOfBirth: q.placeOfBirth || undefined,
        placeOfBirthCountry: q.placeOfBirthCountry || undefined,
      },
    }
  } else if (m.query === 'details' && m.details) {
    query = {
      kind: 'details',
      // Stryker disable next-line ArrayDeclaration,LogicalOperator,OptionalChaining,StringLiteral,BooleanLiteral: protobufjs decodes absent repeated fields to [] and sets the member its oneof names
      details: {
        handle: asUint8Array(m.details.handle),
        fields: m.details.fields ?? [],
        ...detailsConfirmation(m.details),
      },
    }
  } else {
    throw new MrnError(ErrorCode.INVALID_REQUEST, 'request carries neither identify nor details')
  }
  return {
    protocolVersion: m.protocolVersion,
    requestId: asUint8Array(m.requestId),
    requesterCountry: m.requesterCountry,
    targetCountry: m.targetCountry,
    purpose: purpose as Purpose,
    legalBasis: m.legalBasis,
    caseReference: m.caseReference,
    caseworkerPseudonym: m.caseworkerPseudonym,
    caseworkerRole: m.caseworkerRole,
    issuedAtMs: toNumber(m.issuedAtMs),
    expiresAtMs: toNumber(m.expiresAtMs),
    query,
  }
}

// ---------- response ----------

const BAND_TO_WIRE: Record<MatchBand, mrn.v1.MatchBand> = {
  strong: pb.MatchBand.MATCH_BAND_STRONG,
  possible: pb.MatchBand.MATCH_BAND_POSSIBLE,
  undisclosed: pb.MatchBand.MATCH_BAND_UNSPECIFIED,
}

const DENIAL_TO_WIRE: Record<DenialReason, mrn.v1.DenialReason> = {
  policy: pb.DenialReason.DENIAL_POLICY,
  legal_basis: pb.DenialReason.DENIAL_LEGAL_BASIS,
  handle: pb.DenialReason.DENIAL_HANDLE,
  confirmation: pb.DenialReason.DENIAL_CONFIRMATION,
}

/** A reason this version does not know (a newer responder's) reads as none. */
function denialFromWire(reason: mrn.v1.DenialReason | null | undefined): DenialReason | undefined {
  for (const [name, wire] of Object.entries(DENIAL_TO_WIRE)) if (wire === reason) return name as DenialReason
  return undefined
}

function bandFromWire(band: mrn.v1.MatchBand): MatchBand {
  if (band === pb.MatchBand.MATCH_BAND_STRONG) return 'strong'
  if (band === pb.MatchBand.MATCH_BAND_POSSIBLE) return 'possible'
  return 'undisclosed'
}

function fieldToWire(f: ReleasedField): mrn.v1.IReleasedField {
  const out: mrn.v1.IReleasedField = { name: f.name, form: f.form, ruleId: f.ruleId }
  const v = f.value
  if ('text' in v) out.text = v.text
  else if ('texts' in v) out.texts = { values: v.texts }
  else if ('present' in v) out.present = v.present
  else if ('date' in v) out.date = partialDateToWire(v.date)
  else if ('names' in v) out.names = { values: v.names }
  else out.documents = { values: v.documents }
  return out
}

function fieldFromWire(f: mrn.v1.ReleasedField): ReleasedField {
  let value: FieldValue
  switch (f.value) {
    case 'text':
      // Stryker disable next-line ArrayDeclaration,LogicalOperator,OptionalChaining,StringLiteral,BooleanLiteral: protobufjs decodes absent repeated fields to [] and sets the member its oneof names
      value = { text: f.text ?? '' }
      break
    case 'texts':
      // Stryker disable next-line ArrayDeclaration,LogicalOperator,OptionalChaining,StringLiteral,BooleanLiteral: protobufjs decodes absent repeated fields to [] and sets the member its oneof names
      value = { texts: f.texts?.values ?? [] }
      break
    case 'present':
      // Stryker disable next-line ArrayDeclaration,LogicalOperator,OptionalChaining,StringLiteral,BooleanLiteral: protobufjs decodes absent repeated fields to [] and sets the member its oneof names
      value = { present: f.present ?? false }
      break
    case 'date':
      value = { date: partialDateFromWire(f.date) ?? '' }
      break
    case 'names':
      // Stryker disable next-line ArrayDeclaration,LogicalOperator,OptionalChaining,StringLiteral,BooleanLiteral: protobufjs decodes absent repeated fields to [] and sets the member its oneof names
      value = { names: (f.names?.values ?? []).map(nameFromWire) }
      break
    case 'documents':
      // Stryker disable next-line ArrayDeclaration,LogicalOperator,OptionalChaining,StringLiteral,BooleanLiteral: protobufjs decodes absent repeated fields to [] and sets the member its oneof names
      value = { documents: (f.documents?.values ?? []).map(documentFromWire) }
      break
    default:
      throw malformed(`ReleasedField ${f.name} without a value`)
  }
  return { name: f.name, form: f.form as ReleasedField['form'], ruleId: f.ruleId, value }
}

export function encodeResponse(res: QueryResponse): Uint8Array {
  return pb.QueryResponse.encode({
    protocolVersion: res.protocolVersion,
    requestId: res.requestId,
    responderCountry: res.responderCountry,
    requestDigest: res.requestDigest,
    status: pb.Status[res.status],
    message: res.message,
    hits: res.hits.map((h) => ({
      handle: h.handle,
      band: BAND_TO_WIRE[h.band],
      handleExpiresAtMs: h.handleExpiresAtMs,
    })),
    released: res.released.map(fieldToWire),
    withheld: res.withheld,
    auditLeafIndex: res.auditLeafIndex,
    issuedAtMs: res.issuedAtMs,
    denialReason: res.denialReason === undefined ? 0 : DENIAL_TO_WIRE[res.denialReason],
  }).finish()
}

export function decodeResponse(bytes: Uint8Array): QueryResponse {
  let m: mrn.v1.QueryResponse
  try {
    m = pb.QueryResponse.decode(bytes)
  } catch (err) {
    throw malformed('QueryResponse', err)
  }
  const status = pb.Status[m.status] as string | undefined
  if (!status || !(STATUSES as readonly string[]).includes(status)) throw malformed(`QueryResponse status ${m.status}`)
  const denial = denialFromWire(m.denialReason)
  return {
    protocolVersion: m.protocolVersion,
    requestId: asUint8Array(m.requestId),
    responderCountry: m.responderCountry,
    requestDigest: asUint8Array(m.requestDigest),
    status: status as Status,
    message: m.message,
    hits: m.hits.map(
      (h): Hit => ({
        handle: asUint8Array(h.handle),
        band: bandFromWire(h.band ?? pb.MatchBand.MATCH_BAND_UNSPECIFIED),
        handleExpiresAtMs: toNumber(h.handleExpiresAtMs),
      }),
    ),
    released: m.released.map((f) => fieldFromWire(f as mrn.v1.ReleasedField)),
    // Stryker disable next-line StringLiteral: protobufjs decodes absent strings to ''
    withheld: m.withheld.map((w) => ({ name: w.name ?? '', ruleId: w.ruleId ?? '' })),
    auditLeafIndex: toNumber(m.auditLeafIndex),
    issuedAtMs: toNumber(m.issuedAtMs),
    ...(denial === undefined ? {} : { denialReason: denial }),
  }
}
