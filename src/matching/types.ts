/**
 * What the matcher needs of a record and of an identify query. Structural, so
 * matching/ stays pure and imports nothing from records/ or wire/.
 */
export interface MatchName {
  given: string
  family: string
  /** ISO 15924 code; detected from the text when empty or absent. */
  script?: string | undefined
}

export interface MatchDocument {
  type?: string | undefined
  number: string
  issuer: string
}

export interface MatchSubject {
  names: readonly MatchName[]
  dateOfBirth?: string | undefined
  sex?: string | undefined
  nationalities: readonly string[]
  documents: readonly MatchDocument[]
  /** A town or city as written (any script), and its country (alpha-3). */
  placeOfBirth?: string | undefined
  placeOfBirthCountry?: string | undefined
}

/** A subject with its names keyed once (stored with each record, computed once per query). JSON-serialisable. */
export interface PreparedSubject {
  /** Each name's tokens, script, and other readings of its tokens (matching/nameKeys.ts NameKey). */
  names: { tokens: string[]; script: string; readings?: string[] }[]
  dateOfBirth?: string | undefined
  sex?: string | undefined
  nationalities: string[]
  documents: { type: string; number: string; issuer: string }[]
  /** The town or city of birth keyed as a name. */
  placeOfBirth?: { tokens: string[]; script: string }
  placeOfBirthCountry?: string
}

export type Band = 'strong' | 'possible' | 'none'

export interface MatchResult {
  band: Band
  /** 0..1, a monotone map of `weight`: 1 / (1 + 2^(12 - weight)). */
  score: number
  /** Sum of the Fellegi-Sunter log2 likelihood ratios. */
  weight: number
  /** Each field's contribution, for `mrn match explain`; never personal data. */
  evidence: { field: string; outcome: string; weight: number }[]
}

/** How common each name token is among the node's records. */
export interface NameStatistics {
  /** Fraction of records carrying this token key (0 when unknown). */
  frequency(token: string): number
  /**
   * How many records the store holds: the prior odds that a given record is
   * the person asked about are 1 in this many, so `strong` needs more
   * evidence in a larger store (matcher.ts, STRONG_ODDS_BITS).
   */
  records?: number
  /**
   * How many records hold a blocking key (matcher.ts builds them; counted up
   * to a bound). The matcher reads the `p:` keys of a name's agreeing token
   * pairs: how many records carry that name together, which the product of
   * its tokens' frequencies overstates the rarity of (a name's tokens come
   * from one origin's pool, not independently).
   */
  keyCount?(key: string): number
}

/**
 * A blocking key a query looks up, and how much a record sharing it counts
 * towards the candidates' ranking before its holders are counted: 1, or less
 * for a key that only a slip would explain (a birth year one off).
 */
export interface QueryKey {
  key: string
  weight: number
}

/** The interface the identify query uses. */
export interface Matcher {
  /**
   * The version of what prepare() and recordKeys() compute: a store whose
   * records were prepared under another version prepares them again
   * (RecordStore.refreshMatchKeys), so that old records and new questions
   * meet under the same rules.
   */
  readonly keysVersion: number
  /** Blocking keys stored with a record. */
  recordKeys(record: PreparedSubject): string[]
  /** Keys to look up for a query; candidates are the records sharing any of them. */
  queryKeys(query: PreparedSubject): string[]
  /** The same keys, each with what sharing it weighs in the candidates' ranking (QueryKey). */
  weightedQueryKeys(query: PreparedSubject): QueryKey[]
  prepare(subject: MatchSubject): PreparedSubject
  /** Compares a query with one candidate record. */
  compare(query: PreparedSubject, record: PreparedSubject, stats?: NameStatistics): MatchResult
  /**
   * Done with a query: what compare remembered to score its candidates
   * (similarities of its names) is let go now rather than when later
   * queries push it out. Optional: a matcher that remembers nothing needs none.
   */
  release?(query: PreparedSubject): void
}
