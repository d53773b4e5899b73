import { POLICY_FIELDS } from '../policy/forms.js'
import { DOCUMENT_TYPES } from '../records/schema.js'
import { UsageError } from '../util/errors.js'
import { didYouMean } from '../util/yamlFile.js'
import type { Purpose } from '../wire/types.js'
import { IDENTIFY_LIMITS } from '../wire/validate.js'

/**
 * Caseworker flags checked before any request is made, with messages that
 * name the flag, what was given and an example of what is expected (exit
 * code 2). The node checks everything again; these are for the person typing.
 */

const COUNTRY = /^[A-Z]{3}$/

/** A flag parser for a whole number (0, 1, 2, ...), naming the flag when it is not one. */
export const wholeNumber =
  (flag: string) =>
  (v: string): number => {
    if (!/^\d+$/.test(v)) throw new UsageError(`${flag} must be a whole number: got "${v}"`)
    return Number(v)
  }

/** ISO 3166-1 alpha-3 codes ("ita" is read as ITA). */
export function countryCodes(flag: string, values: readonly string[]): string[] {
  return values.map((v) => {
    const code = v.trim().toUpperCase()
    if (!COUNTRY.test(code)) {
      throw new UsageError(`${flag}: "${v}" is not a country code: use ISO 3166-1 alpha-3, e.g. ITA, GRC, DEU`)
    }
    return code
  })
}

/** --to: "all", or country codes. */
export function targets(values: readonly string[]): string[] | 'all' {
  if (values.length === 1 && values[0]?.trim().toLowerCase() === 'all') return 'all'
  if (values.length === 0) throw new UsageError('--to: name at least one country (e.g. --to ITA,DEU) or "all"')
  return countryCodes('--to', values)
}

/** A town or city as written: not empty, at most IDENTIFY_LIMITS.charsPerPlace characters. */
export function place(flag: string, value: string): string {
  const v = value.trim()
  if (v === '') throw new UsageError(`${flag}: give a town or city, e.g. ${flag} Aleppo`)
  const chars = [...v].length
  if (chars > IDENTIFY_LIMITS.charsPerPlace) {
    throw new UsageError(`${flag}: at most ${IDENTIFY_LIMITS.charsPerPlace} characters: got ${chars}`)
  }
  return v
}

/** YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists. */
export function partialDate(flag: string, value: string): string {
  const v = value.trim()
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v)
  const wrong = (why: string): UsageError =>
    new UsageError(`${flag}: "${value}" ${why}: use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 1990-03-12 or 1990`)
  if (!m) throw wrong('is not a date')
  const [year, month, day] = [
    Number(m[1]),
    m[2] === undefined ? 0 : Number(m[2]),
    m[3] === undefined ? 0 : Number(m[3]),
  ]
  if (m[2] !== undefined && (month < 1 || month > 12)) throw wrong('has no such month')
  if (m[3] !== undefined) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
    if (day < 1 || day > last) throw wrong(`has no such day (${m[1]}-${m[2]} has ${last} days)`)
  }
  return v
}

/** NUMBER, or TYPE:ISSUER:NUMBER with a known type and an alpha-3 issuer (which may be left empty). */
export function document(value: string): { type: string; issuer: string; number: string } {
  const example = 'e.g. passport:SYR:N0123456, id_card::12345678 or N0123456'
  const parts = value.split(':')
  if (parts.length !== 1 && parts.length !== 3) {
    throw new UsageError(`--document: "${value}" is not NUMBER or TYPE:ISSUER:NUMBER (${example})`)
  }
  const [rawType, rawIssuer, rawNumber] = parts.length === 1 ? ['passport', '', parts[0]] : parts
  const number = (rawNumber ?? '').trim()
  if (number === '') throw new UsageError(`--document: "${value}" has no number (${example})`)
  if (/\s/.test(number)) {
    throw new UsageError(
      `--document: "${value}" has a space in its number; give the type and issuer with colons (${example})`,
    )
  }
  const type = (rawType ?? '').trim().toLowerCase() || 'passport'
  if (!(DOCUMENT_TYPES as readonly string[]).includes(type)) {
    const guess = didYouMean(type, DOCUMENT_TYPES)
    throw new UsageError(
      `--document: "${rawType}" is not a document type${guess ? `; did you mean ${guess}?` : ''} (types: ${DOCUMENT_TYPES.join(', ')})`,
    )
  }
  const issuer = (rawIssuer ?? '').trim().toUpperCase()
  if (issuer !== '' && !COUNTRY.test(issuer)) {
    throw new UsageError(`--document: issuer "${rawIssuer}" is not a country code: use ISO 3166-1 alpha-3 (${example})`)
  }
  return { type, issuer, number }
}

export function sex(value: string): string {
  const v = value.trim().toUpperCase()
  if (!['M', 'F', 'X'].includes(v)) throw new UsageError(`--sex: "${value}" is not M, F or X`)
  return v
}

/** ISO 15924 script code, written Latn. */
export function script(value: string): string {
  const v = value.trim()
  if (!/^[A-Za-z]{4}$/.test(v)) {
    throw new UsageError(`--script: "${value}" is not an ISO 15924 script code, e.g. Latn, Arab, Cyrl, Hani`)
  }
  return v[0]?.toUpperCase() + v.slice(1).toLowerCase()
}

/** Every purpose but STATISTICS needs the law that allows the question. */
export function legalBasis(purpose: Purpose, value: string | undefined): string {
  const v = (value ?? '').trim()
  if (v === '' && purpose !== 'STATISTICS') {
    throw new UsageError(
      `--legal-basis is required for ${purpose}: the law that allows this question, e.g. --legal-basis "Regulation (EU) 604/2013, Art. 34"`,
    )
  }
  return v
}

/** What caseworkers often type for a field. */
const FIELD_ALIASES: Record<string, string> = {
  dob: 'dateOfBirth',
  birthdate: 'dateOfBirth',
  pob: 'placeOfBirth',
  birthplace: 'placeOfBirth',
  name: 'names',
  nationality: 'nationalities',
  citizenship: 'nationalities',
  document: 'documents',
  passport: 'documents',
  gender: 'sex',
}

/** Record fields as the policy names them; a typo is refused with the field it most likely meant. */
export function fields(values: readonly string[]): string[] {
  return values.map((f) => {
    if ((POLICY_FIELDS as readonly string[]).includes(f)) return f
    const guess = FIELD_ALIASES[f.toLowerCase()] ?? didYouMean(f, POLICY_FIELDS)
    throw new UsageError(
      `--fields: "${f}" is not a record field${guess ? `; did you mean ${guess}?` : ''} (fields: ${POLICY_FIELDS.join(', ')})`,
    )
  })
}
