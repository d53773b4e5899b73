import type { PolicyField } from '../policy/forms.js'
import type { FieldValue, ReleasedField, ReleaseForm } from '../wire/types.js'
import type { MigrantRecord } from './schema.js'

/**
 * One record field shaped by its release form. Returns undefined when the
 * record holds no value for the field (the response then says
 * "not-recorded"), except for `presence`, which answers false.
 */
export function releaseField(
  record: MigrantRecord,
  field: PolicyField,
  form: Exclude<ReleaseForm, 'omit'>,
  ruleId: string,
  nowMs: number,
): ReleasedField | undefined {
  const value = shape(record, field, form, nowMs)
  return value === undefined ? undefined : { name: field, form, ruleId, value }
}

function hasValue(record: MigrantRecord, field: PolicyField): boolean {
  switch (field) {
    case 'names':
      return record.names.length > 0
    case 'dateOfBirth':
      return record.dateOfBirth !== undefined
    case 'placeOfBirth':
      return record.placeOfBirth !== undefined || record.placeOfBirthCountry !== undefined
    case 'sex':
      return record.sex !== undefined
    case 'nationalities':
      return record.nationalities.length > 0
    case 'documents':
      return record.documents.length > 0
    case 'status':
      return record.status.length > 0
  }
}

function shape(
  record: MigrantRecord,
  field: PolicyField,
  form: Exclude<ReleaseForm, 'omit'>,
  nowMs: number,
): FieldValue | undefined {
  if (form === 'presence') return { present: hasValue(record, field) }
  if (!hasValue(record, field)) return undefined
  switch (field) {
    case 'names':
      return {
        names: record.names.map((n) => ({
          given: n.given,
          family: n.family,
          script: n.script,
          transliterated: n.transliterated,
        })),
      }
    case 'dateOfBirth': {
      const dob = record.dateOfBirth as string
      if (form === 'year_only') return { date: dob.slice(0, 4) }
      if (form === 'year_month') return { date: dob.slice(0, 7) }
      if (form === 'age_band') return { text: ageBand(dob, nowMs) }
      return { date: dob }
    }
    case 'placeOfBirth':
      if (form === 'country_only') return record.placeOfBirthCountry ? { text: record.placeOfBirthCountry } : undefined
      return record.placeOfBirth === undefined ? undefined : { text: record.placeOfBirth }
    case 'sex':
      return { text: record.sex as string }
    case 'nationalities':
      return { texts: record.nationalities }
    case 'documents':
      if (form === 'country_only') return { texts: [...new Set(record.documents.map((d) => d.issuer))] }
      return {
        documents: record.documents.map((d) => ({
          type: d.type,
          number: form === 'masked' ? mask(d.number) : d.number,
          issuer: d.issuer,
        })),
      }
    case 'status':
      return {
        texts: record.status.map((s) => {
          const since = s.since === undefined ? '' : ` since ${form === 'year_only' ? s.since.slice(0, 4) : s.since}`
          return `${s.kind}${since}`
        }),
      }
  }
}

/** All but the last three characters hidden: "N0123456" → "*****456". */
export function mask(number: string): string {
  const keep = number.slice(-3)
  return '*'.repeat(Math.max(0, number.length - 3)) + keep
}

/** Age at `nowMs` in bands: "0-17", "18-24", "25-34", ..., "65+"; from the earliest possible birth day of a partial date. */
export function ageBand(dateOfBirth: string, nowMs: number): string {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number | undefined, number | undefined]
  const now = new Date(nowMs)
  let age = now.getUTCFullYear() - y
  const beforeBirthday =
    now.getUTCMonth() + 1 < (m ?? 1) || (now.getUTCMonth() + 1 === (m ?? 1) && now.getUTCDate() < (d ?? 1))
  if (beforeBirthday) age--
  if (age < 18) return '0-17'
  if (age < 25) return '18-24'
  for (const top of [34, 44, 54, 64]) if (age <= top) return `${top - 9}-${top}`
  return '65+'
}
