import { nameTokens, normalizeDocumentNumber } from './normalize.js'
import type { Matcher, MatchResult, MatchSubject } from './types.js'

/**
 * The simplest honest matcher: a document number (same issuer where both name
 * one) or the same name tokens with the same date of birth. Every match is
 * `strong`; anything else is `none`. TODO(#3): replaced by the cross-script matcher.
 */
export const exactMatcher: Matcher = {
  recordKeys: subjectKeys,
  queryKeys: subjectKeys,
  compare(query: MatchSubject, record: MatchSubject): MatchResult {
    for (const q of query.documents) {
      const qn = normalizeDocumentNumber(q.number)
      for (const r of record.documents) {
        const sameIssuer = q.issuer === '' || r.issuer === '' || q.issuer === r.issuer
        if (qn !== '' && qn === normalizeDocumentNumber(r.number) && sameIssuer) {
          return { band: 'strong', score: 1, evidence: ['document'] }
        }
      }
    }
    if (query.dateOfBirth && query.dateOfBirth === record.dateOfBirth) {
      const recordNames = new Set(record.names.map((n) => nameTokens(n).join(' ')))
      if (query.names.some((n) => recordNames.has(nameTokens(n).join(' ')))) {
        return { band: 'strong', score: 1, evidence: ['name', 'dateOfBirth'] }
      }
    }
    return { band: 'none', score: 0, evidence: [] }
  },
}

function subjectKeys(subject: MatchSubject): string[] {
  const keys = new Set<string>()
  for (const d of subject.documents) {
    const n = normalizeDocumentNumber(d.number)
    if (n !== '') keys.add(`doc:${n}`)
  }
  if (subject.dateOfBirth) {
    for (const name of subject.names) {
      const tokens = nameTokens(name)
      if (tokens.length > 0) keys.add(`nd:${tokens.join(' ')}|${subject.dateOfBirth}`)
    }
  }
  return [...keys]
}
