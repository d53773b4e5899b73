import type { PolicyField } from '../policy/policyFile.js'
import type { FieldValue, ReleasedField } from '../wire/types.js'
import type { MigrantRecord } from './schema.js'

/**
 * The value of one record field as it may travel, in `exact` form; undefined
 * when the record has no value for it. TODO(#4): the other release forms.
 */
export function releaseField(record: MigrantRecord, field: PolicyField): ReleasedField | undefined {
  const value = fieldValue(record, field)
  return value === undefined ? undefined : { name: field, form: 'exact', value }
}

function fieldValue(record: MigrantRecord, field: PolicyField): FieldValue | undefined {
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
    case 'dateOfBirth':
      return record.dateOfBirth === undefined ? undefined : { date: record.dateOfBirth }
    case 'placeOfBirth':
      return record.placeOfBirth === undefined ? undefined : { text: record.placeOfBirth }
    case 'sex':
      return record.sex === undefined ? undefined : { text: record.sex }
    case 'nationalities':
      return record.nationalities.length === 0 ? undefined : { texts: record.nationalities }
    case 'documents':
      return record.documents.length === 0
        ? undefined
        : { documents: record.documents.map((d) => ({ type: d.type, number: d.number, issuer: d.issuer })) }
    case 'status':
      return record.status.length === 0
        ? undefined
        : { texts: record.status.map((s) => (s.since ? `${s.kind} since ${s.since}` : s.kind)) }
  }
}
