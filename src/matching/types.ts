/**
 * What the matcher needs of a record and of an identify query. Structural, so
 * matching/ stays pure and imports nothing from records/ or wire/.
 */
export interface MatchName {
  given: string
  family: string
}

export interface MatchDocument {
  number: string
  issuer: string
}

export interface MatchSubject {
  names: readonly MatchName[]
  dateOfBirth?: string | undefined
  sex?: string | undefined
  nationalities: readonly string[]
  documents: readonly MatchDocument[]
}

export type Band = 'strong' | 'possible' | 'none'

export interface MatchResult {
  band: Band
  /** 0..1; 1 is certain. */
  score: number
  /** Which evidence decided, for `mrn match explain` and tests; never personal data. */
  evidence: string[]
}

/** The interface the identify query uses; the matching issue replaces the exact matcher behind it. */
export interface Matcher {
  /** Blocking keys stored with a record. */
  recordKeys(record: MatchSubject): string[]
  /** Keys to look up for a query; candidates are the records sharing any of them. */
  queryKeys(query: MatchSubject): string[]
  /** Compares a query with one candidate record. */
  compare(query: MatchSubject, record: MatchSubject): MatchResult
}
