import { compareDates, isFullDate } from './dates.js'
import {
  agreeingTokens,
  joinedReadings,
  type NameKey,
  nameKey,
  nameSimilarity,
  namesContradict,
  remembered,
  skeleton,
  skeletonVariants,
  tokenSkeletons,
} from './nameKeys.js'
import { normalizeDocumentNumber } from './normalize.js'
import type { Band, Matcher, MatchResult, MatchSubject, NameStatistics, PreparedSubject, QueryKey } from './types.js'

/**
 * Fellegi-Sunter weights (log2 of how much likelier the observation is for
 * the same person than for two different people). Each number is a judgement
 * from registry practice, then checked against the generated populations
 * (npm run bench -- matching); docs/matching.md explains them.
 */
export const WEIGHTS = {
  /**
   * Name agreement is worth the rarity of the name: the sum over its tokens of
   * log2(1 / share of records carrying the token), as if tokens were
   * independent, within these bounds.
   */
  nameAgreeMin: 4,
  nameAgreeMax: 24,
  /** Share of the agreement weight for a close (0.80-0.92) and a weak (0.65-0.80) name similarity. */
  nameClose: 0.7,
  nameWeak: 0.35,
  /** Names that do not agree at all: most data-entry errors leave some similarity. */
  nameDisagree: -6,
  /** Token frequency assumed when the store has no statistics (1 in 1,000). */
  defaultTokenFrequency: 1 / 1000,
  /**
   * Store frequencies are smoothed towards the default as if this many more
   * records carried it, so that a small or new store does not make every name
   * look common (or a name seen once look unique).
   */
  priorRecords: 1000,
  /** One day in about 60 years of birth dates, discounted for registry errors. */
  dateExact: 10,
  /** Day and month exchanged: a common registry error, still strong evidence. */
  dateSwapped: 6,
  /** Equal as far as both are known, when the less precise side has a month. */
  dateCompatibleMonth: 6,
  /** Equal as far as both are known, when one side has only a year (or a 01-01 placeholder). */
  dateCompatibleYear: 3.5,
  dateYearNear: -1,
  dateMismatch: -8,
  sexAgree: 0.5,
  sexDisagree: -4,
  nationalityOverlap: 1,
  nationalityDisjoint: -1.5,
  /** The same document number from the same issuer: near proof, strong on its own. */
  documentSame: 20,
  /** The same number under another (or a misread) issuer. */
  documentSameNumberOtherIssuer: 3,
  /** Different numbers for the same document type and issuer: people renew passports. */
  documentDifferent: -1,
  /**
   * The same town or city of birth (names at the `agree` level, any script).
   * The commonest birthplaces hold a fifth to a quarter of an origin's people
   * (a capital, a besieged city most refugees fled), and the node does not
   * count how many of its records share one: so no more than that, 2 bits.
   */
  placeSame: 2,
  /** Another town or city: weak, for the same reasons. */
  placeDifferent: -2,
  /** Another country of birth, where both know it. */
  placeCountryDifferent: -3,
} as const

/** Name similarity levels. */
export const NAME_LEVELS = { agree: 0.92, close: 0.8, weak: 0.65 } as const

export interface MatcherOptions {
  /** Total weight for `strong`. */
  strongThreshold: number
  /** Total weight for `possible`. */
  possibleThreshold: number
}

export const DEFAULT_MATCHER_OPTIONS: MatcherOptions = { strongThreshold: 20, possibleThreshold: 14 }

/**
 * `strong` also needs a weight of at least log2(records in the store) plus
 * this many bits: the evidence must beat the prior odds that a given record
 * is the person by 2^5 = 32 to 1. Those odds are 1 in N if the person is in
 * this registry at all, and a question goes to every peer, most of which do
 * not hold the person: taken as 1 in 8 (REGISTRY_PRIOR_BITS, an assumption;
 * in the simulation a person is registered in one or two of nine peers), the
 * prior is 1 in 8N. In a store of 4,096 records that is 20, the configured
 * threshold; at 100,000 it is 24.6, at 1,000,000 27.9: in a larger registry,
 * a name and a birth date are shared by more strangers.
 */
export const REGISTRY_PRIOR_BITS = 3
export const STRONG_ODDS_BITS = 5 + REGISTRY_PRIOR_BITS

/**
 * Bump whenever prepare() or the blocking keys change (normalisation, phonetic
 * rules, script tables, key kinds): nodes then prepare their stored records
 * again at start. 2: `td:` token-and-date keys; Greek τζ read as j; German dsch.
 * 3: `b:` full-date-of-birth keys. 4: Hebrew final ה as -ah, וו as v, a consonant then ה
 * as two sounds. 5: Hangul's epenthetic ㅡ left out, the initial sound rule's symbols.
 * 6: blocking keys for each reading of those symbols (liquidReadings). 7: Greek ου before
 * a vowel as w, a diaeresis parting two vowels. 8: the place of birth (a town keyed as a name, its country).
 * 9: two readings of a word that may begin with a glued Arabic article (articleReading), keyed both ways.
 * 10: a t or d right before a sibilant keyed as the sibilant (skeleton: ts, tsch, dz as c, ch, z); W also read as v.
 * 11: a Thai letter marked silent (์) left out. 12: Myanmar romanised by syllable (transliterateMyanmar).
 * 13: Myanmar ေ and ိ after the vowel carrier as aye, ei. 14: Latin tzh as tz then h, not t then zh (Yitzhak).
 */
export const MATCH_KEYS_VERSION = 14

/** Creates the cross-script matcher with the given band thresholds. */
export function createMatcher(options: Partial<MatcherOptions> = {}): Matcher {
  const opts = { ...DEFAULT_MATCHER_OPTIONS, ...options }
  if (!(opts.strongThreshold > opts.possibleThreshold)) {
    throw new RangeError(
      `strongThreshold must be above possibleThreshold: got ${opts.strongThreshold} and ${opts.possibleThreshold}`,
    )
  }
  return {
    keysVersion: MATCH_KEYS_VERSION,
    prepare,
    recordKeys,
    queryKeys,
    weightedQueryKeys,
    compare: (query, record, stats) => compare(query, record, stats, opts),
    release: forgetQuery,
  }
}

export function prepare(subject: MatchSubject): PreparedSubject {
  return {
    names: subject.names.map((n) => nameKey(n.given, n.family, n.script)).filter((k) => k.tokens.length > 0),
    dateOfBirth: subject.dateOfBirth,
    sex: subject.sex,
    nationalities: [...subject.nationalities],
    documents: subject.documents
      .map((d) => ({ type: d.type ?? '', number: normalizeDocumentNumber(d.number), issuer: d.issuer }))
      .filter((d) => d.number !== ''),
    ...placeOf(subject),
  }
}

/** A place of birth keyed as a name is (any script), and its country. */
function placeOf(subject: MatchSubject): Pick<PreparedSubject, 'placeOfBirth' | 'placeOfBirthCountry'> {
  const place = subject.placeOfBirth ? nameKey(subject.placeOfBirth, '') : undefined
  return {
    ...(place !== undefined && place.tokens.length > 0 ? { placeOfBirth: place } : {}),
    ...(subject.placeOfBirthCountry ? { placeOfBirthCountry: subject.placeOfBirthCountry } : {}),
  }
}

/**
 * Blocking keys, all built from coarse consonant skeletons (matching/nameKeys.ts):
 * - `d:` a document number;
 * - `yp:` two tokens of one name (sorted) and the birth year;
 * - `yj:` the whole name joined (compounds written as one or two words) and the year;
 * - `p:` two tokens of one name, without a year;
 * - `y:` a one-token name and the year;
 * - `td:` one name token and the full date of birth;
 * - `b:` the full date of birth alone (not the 1 January placeholder).
 * A record stores all of them. A query with a birth year looks up its `yp:`,
 * `yj:` and `y:` keys for that year and the years either side (a mistyped
 * year, weighing less in the candidates' ranking: NEIGHBOUR_YEAR_KEY_WEIGHT),
 * and its `td:` keys at its slipped dates too (slippedDates: a year off, day
 * and month exchanged; the same weight), never the broad `p:` keys; a query
 * without a year uses `p:`.
 */
function recordKeys(s: PreparedSubject): string[] {
  return [...subjectKeys(s, s.dateOfBirth?.slice(0, 4), true), ...tokenDateKeys(s), ...birthDateKeys(s)]
}

function queryKeys(s: PreparedSubject): string[] {
  return weightedQueryKeys(s).map((k) => k.key)
}

/**
 * What a key of a neighbouring birth year (or of a slipped date, slippedDates)
 * weighs in the ranking against one of the year asked about. A year one off
 * is a registry's slip, rarer than the year as written: among the holders
 * of a common name, a record born in that year ranks ahead of a namesake born
 * the year before or after (with equal weights, the keys with fewer holders
 * decided, whatever their year).
 * A rare name with a slipped year still ranks ahead of a common one with the
 * right year: half the weight of a key 3 records share still outweighs one
 * 30 records share (see RecordStore.candidates).
 */
export const NEIGHBOUR_YEAR_KEY_WEIGHT = 0.5

function weightedQueryKeys(s: PreparedSubject): QueryKey[] {
  const year = s.dateOfBirth?.slice(0, 4)
  if (year === undefined) return [...subjectKeys(s, undefined, true)].map((key) => ({ key, weight: 1 }))
  const weights = new Map<string, number>()
  for (const key of [...tokenDateKeys(s), ...birthDateKeys(s), ...subjectKeys(s, year, false)]) weights.set(key, 1)
  const y = Number(year)
  for (const each of [y - 1, y + 1]) {
    for (const key of subjectKeys(s, String(each), false)) {
      if (!weights.has(key)) weights.set(key, NEIGHBOUR_YEAR_KEY_WEIGHT)
    }
  }
  for (const date of slippedDates(s.dateOfBirth)) {
    for (const key of tokenDateKeys(s, date)) if (!weights.has(key)) weights.set(key, NEIGHBOUR_YEAR_KEY_WEIGHT)
  }
  return [...weights].map(([key, weight]) => ({ key, weight }))
}

/**
 * The full dates a registry's slip may have made of a full date of birth, as
 * compareDates reads them (year_near, swapped): the same day a year before
 * and a year after, and the day and month exchanged (when the day can be a
 * month). A query looks up its `td:` keys at these dates too, weighing as a
 * neighbouring year does: a person whose other names differ (patronymic
 * naming) and whose year was mistyped shares no other key, and the records
 * already hold `td:` keys for their own dates, so nothing more is stored.
 */
export function slippedDates(date: string | undefined): string[] {
  if (!isFullDate(date)) return []
  const [y, m, d] = date.split('-') as [string, string, string]
  const dates = [
    `${String(Number(y) - 1).padStart(4, '0')}-${m}-${d}`,
    `${String(Number(y) + 1).padStart(4, '0')}-${m}-${d}`,
  ]
  if (d !== m && Number(d) <= 12) dates.push(`${y}-${d}-${m}`)
  return dates.filter((slipped) => isFullDate(slipped))
}

/**
 * `td:` one name token and the full date of birth (not the 1 January
 * placeholder): finds a person whose other names differ from one registry to
 * the next (patronymic naming: the father's name here, the grandfather's
 * there), as selective as a name pair with a year.
 */
function tokenDateKeys(s: PreparedSubject, date = s.dateOfBirth): string[] {
  if (!isFullDate(date)) return []
  const keys = new Set<string>()
  for (const name of s.names) {
    for (const variants of tokenSkeletons(name)) {
      for (const k of variants) if (k.length >= 2) keys.add(`td:${k}:${date}`)
    }
  }
  return [...keys]
}

/**
 * `b:` the full date of birth alone (not the 1 January placeholder): finds a
 * person whose name no key of the name kinds recovers (a transliteration
 * whose consonants differ, as Greek Γκαβριλιουκ and German Hawryljuk do for Гаврилюк).
 * About one record in 18,000 shares a given day (the years of birth a
 * registry holds, each of 365 days), so it adds a few candidates at 100,000
 * records and a few dozen at a million; scoring decides.
 */
function birthDateKeys(s: PreparedSubject): string[] {
  return isFullDate(s.dateOfBirth) ? [`b:${s.dateOfBirth}`] : []
}

function subjectKeys(s: PreparedSubject, year: string | undefined, withPairs: boolean): Set<string> {
  const keys = new Set<string>()
  for (const d of s.documents) keys.add(`d:${d.number}`)
  for (const name of s.names) {
    const perToken = tokenSkeletons(name).filter((v) => v.length > 0)
    if (perToken.length === 1 && year) for (const k of perToken[0] as string[]) keys.add(`y:${k}:${year}`)
    for (let i = 0; i < perToken.length; i++) {
      for (let j = i + 1; j < perToken.length; j++) {
        for (const a of perToken[i] as string[]) {
          for (const b of perToken[j] as string[]) {
            const pair = tokenPair(a, b)
            if (year) keys.add(`yp:${pair}:${year}`)
            if (withPairs) keys.add(`p:${pair}`)
          }
        }
      }
    }
    // Six consonants: enough to tell names apart, and "Abdul Rahman" and "Abdulrahman" still agree.
    for (const reading of joinedReadings(name.tokens)) {
      const joined = skeleton(reading, 6)
      if (year && joined.length >= 2) keys.add(`yj:${joined}:${year}`)
    }
  }
  return keys
}

/** Two token skeletons as the `yp:` and `p:` keys write them: sorted, so that order does not matter. */
function tokenPair(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`
}

/**
 * The `p:` keys of every pair of tokens within each of a question's names:
 * all the keys registryNameBits may count for that question, whatever its
 * candidates. A node counts them before it scores any candidate (see
 * IdentifyScorer), so that what it reads, and how long that takes, depends
 * on the question alone, never on a candidate a guard will hide.
 */
export function nameCountKeys(q: PreparedSubject): string[] {
  return [...subjectKeys({ ...q, documents: [] }, undefined, true)].filter((k) => k.startsWith('p:'))
}

/**
 * The rarity (bits) of a name as this registry counts it: of the question
 * name's tokens that the record's name also carries (agreeingTokens), the
 * pair the fewest records share (`p:` keys of the question's own tokens, so
 * among nameCountKeys; every spelling variant of the pair counted at its
 * commonest), smoothed towards a pair's default share (a spelling no record
 * holds says nothing, and leaves the token frequencies to decide). Undefined
 * when fewer than two tokens agree or the statistics cannot count keys.
 *
 * Token frequencies multiplied as if independent overstate a name's rarity:
 * given and family names come from one origin's pool (Ruth and Kibrom are
 * each common among Eritreans, and far commoner together than the product of
 * their shares of a whole registry), so a stranger with the same name and
 * birth date is likelier than the product says.
 */
function registryNameBits(
  q: NameKey,
  r: NameKey,
  stats: NameStatistics,
  memo?: Map<string, number>,
): number | undefined {
  const count = stats.keyCount
  if (count === undefined || stats.records === undefined) return undefined
  const agreeing = agreeingTokens(r, q, NAME_LEVELS.weak, memo).map(skeletonVariants)
  if (agreeing.length < 2) return undefined
  let fewest = Number.POSITIVE_INFINITY
  for (let i = 0; i < agreeing.length; i++) {
    for (let j = i + 1; j < agreeing.length; j++) {
      let holders = 0
      for (const a of agreeing[i] as string[]) {
        for (const b of agreeing[j] as string[]) holders = Math.max(holders, count.call(stats, `p:${tokenPair(a, b)}`))
      }
      fewest = Math.min(fewest, holders)
    }
  }
  // Smoothed as token frequencies are, towards a pair's default share: two tokens' defaults multiplied.
  const { defaultTokenFrequency: f0, priorRecords: k } = WEIGHTS
  return Math.log2((stats.records + k) / (fewest + k * f0 * f0))
}

/**
 * A record whose name is the question's in another spelling (close or
 * better: the name matcher's `strong` band), whose birth date agrees as far
 * as both are known, and which contradicts nothing else the question carries,
 * is a `possible` hit even when its weight is low: a common name with a year
 * proves little, but a person with a common name is still a person to find,
 * whichever way two registries spelt it. (The answer shows such candidates as
 * possible, side by side, and their details need a confirming identifier.) A
 * year off by one counts as a registry slip here.
 */
function fitsEverything(nameSimilarity: number, date: string, evidence: MatchResult['evidence']): boolean {
  if (nameSimilarity < NAME_LEVELS.close) return false
  if (date !== 'exact' && date !== 'swapped' && date !== 'compatible' && date !== 'year_near') return false
  return evidence.every((e) => e.weight >= 0 || e.field === 'dateOfBirth')
}

/**
 * Where naming is by patronym, one person's second name is the father's in one
 * registry and the grandfather's in another: a record that shares a name
 * token with the question and its full date of birth (not the 1 January
 * placeholder), and contradicts nothing else, is a `possible` hit even though
 * the names as a whole disagree.
 */
function sharesNameAndDay(
  q: PreparedSubject,
  r: PreparedSubject,
  date: string,
  evidence: MatchResult['evidence'],
): boolean {
  if (date !== 'exact' || !isFullDate(q.dateOfBirth)) return false
  if (!evidence.every((e) => e.weight >= 0 || e.field === 'name')) return false
  // The question's, once per question: it meets many candidates.
  const query = recentQuery(q)
  query.tokenSkeletons ??= tokenSkeletonsOf(q)
  for (const k of tokenSkeletonsOf(r)) if (query.tokenSkeletons.has(k)) return true
  return false
}

/** A subject's name-token skeletons (two letters or more). */
function tokenSkeletonsOf(s: PreparedSubject): Set<string> {
  return new Set(s.names.flatMap((n) => n.tokens.map((t) => skeleton(t))).filter((k) => k.length >= 2))
}

function compare(
  q: PreparedSubject,
  r: PreparedSubject,
  stats: NameStatistics | undefined,
  opts: MatcherOptions,
): MatchResult {
  const evidence: MatchResult['evidence'] = []
  const add = (field: string, outcome: string, weight: number): void => {
    evidence.push({ field, outcome, weight })
  }

  // Names: the best pair across all names (aliases, former names, scripts).
  let best = 0
  let bestPair: [NameKey, NameKey] | undefined
  /** The share of the name's rarity its similarity earns (0: the names disagree). */
  let nameShare = 0
  let nameAt = -1
  const memo = memoFor(q)
  for (const [i, a] of (q.names as NameKey[]).entries()) {
    for (const b of r.names as NameKey[]) {
      // Namesakes among the candidates write their names alike: each name compared once per question.
      const s = remembered(memo, `name|${i}|${nameText(b)}`, () => nameSimilarity(a, b, memo))
      if (s > best) {
        best = s
        bestPair = [a, b]
      }
      if (best === 1) break
    }
  }
  if (bestPair !== undefined) {
    // Rarity of the name as far as both sides carry it: the side with fewer
    // tokens (a dropped father's name, say) bounds what the agreement proves.
    const rarityOf = (name: NameKey): number =>
      name.tokens.reduce((sum, t) => sum + Math.log2(1 / (stats?.frequency(t) || WEIGHTS.defaultTokenFrequency)), 0)
    const rarity = Math.min(rarityOf(bestPair[0]), rarityOf(bestPair[1]))
    const agree = clamp(rarity, WEIGHTS.nameAgreeMin, WEIGHTS.nameAgreeMax)
    const [level, share]: [string, number] =
      best >= NAME_LEVELS.agree
        ? ['agree', 1]
        : best >= NAME_LEVELS.close
          ? ['close', WEIGHTS.nameClose]
          : best >= NAME_LEVELS.weak
            ? ['weak', WEIGHTS.nameWeak]
            : ['disagree', 0]
    nameShare = share
    nameAt = evidence.length
    add('name', `${level} ${best.toFixed(2)}`, share > 0 ? agree * share : WEIGHTS.nameDisagree)
  }

  const date = compareDates(q.dateOfBirth, r.dateOfBirth)
  const yearOnly = isYearOnly(q.dateOfBirth) || isYearOnly(r.dateOfBirth)
  const dateWeight = {
    exact: WEIGHTS.dateExact,
    swapped: WEIGHTS.dateSwapped,
    compatible: yearOnly ? WEIGHTS.dateCompatibleYear : WEIGHTS.dateCompatibleMonth,
    year_near: WEIGHTS.dateYearNear,
    mismatch: WEIGHTS.dateMismatch,
    unknown: 0,
  }[date]
  const dateAt = evidence.length
  if (date !== 'unknown') add('dateOfBirth', date, dateWeight)

  if (q.sex && r.sex && q.sex !== 'X' && r.sex !== 'X') {
    add('sex', q.sex === r.sex ? 'agree' : 'disagree', q.sex === r.sex ? WEIGHTS.sexAgree : WEIGHTS.sexDisagree)
  }

  if (q.nationalities.length > 0 && r.nationalities.length > 0) {
    const overlap = q.nationalities.some((n) => r.nationalities.includes(n))
    add(
      'nationality',
      overlap ? 'overlap' : 'disjoint',
      overlap ? WEIGHTS.nationalityOverlap : WEIGHTS.nationalityDisjoint,
    )
  }

  const doc = compareDocuments(q, r)
  if (doc !== undefined) add('document', doc[0], doc[1])

  const place = comparePlaces(q, r, memo)
  if (place !== undefined) add(place[0], place[1], place[2])

  let weight = evidence.reduce((sum, e) => sum + e.weight, 0)
  const strongAt = Math.max(opts.strongThreshold, stats?.records ? Math.log2(stats.records) + STRONG_ODDS_BITS : 0)
  // Two adjustments below decide `strong` and the ranking, not `possible`, which keeps this total.
  const byTokens = weight
  // The 1 January placeholder on both sides is two registries that did not know the birthday, and the
  // same year: it weighs what a year does, not a day.
  const dateEvidence = evidence[dateAt]
  if (date === 'exact' && isYearOnly(q.dateOfBirth) && dateEvidence !== undefined) {
    weight -= WEIGHTS.dateExact - WEIGHTS.dateCompatibleYear
    evidence[dateAt] = {
      ...dateEvidence,
      outcome: 'exact, the 1 January placeholder',
      weight: WEIGHTS.dateCompatibleYear,
    }
  }
  // The name's rarity as the registry counts the name, when that is less: for every candidate whose name
  // agrees at all, so that candidates rank by one measure (a namesake born in the town asked about never
  // ranks below one born elsewhere). The counts themselves were read for the question before any scoring.
  const name = evidence[nameAt]
  if (stats !== undefined && bestPair !== undefined && name !== undefined && nameShare > 0) {
    // Namesakes' names are one key: remembered per query with the token pairs, and per statistics
    // (the counts change with the records; the same question may be scored again).
    const memoKey = `registry|${statisticsId(stats)}|${bestPair[0].tokens.join(' ')}|${bestPair[1].tokens.join(' ')}`
    const pair = bestPair
    const counted = remembered(memo, memoKey, () => registryNameBits(pair[0], pair[1], stats, memo) ?? Number.NaN)
    if (!Number.isNaN(counted)) {
      const capped = clamp(counted, WEIGHTS.nameAgreeMin, WEIGHTS.nameAgreeMax) * nameShare
      if (capped < name.weight) {
        weight -= name.weight - capped
        evidence[nameAt] = { ...name, outcome: `${name.outcome}, shared by namesakes`, weight: capped }
      }
    }
  }
  // A contradiction on evidence that tells people apart (another number on the same kind of document
  // from the same issuer) keeps a candidate from `strong` whatever its total: a renewed passport, or a
  // namesake born the same day. It can still be `possible`, and its details then need confirming.
  let contradicted = evidence.some((e) => e.field === 'document' && e.outcome === 'different')
  // So does a name token on each side that the other lacks beside the tokens they share: another
  // father's name, where registries write one. Looked at only for a candidate strong so far (the
  // names of every candidate were compared already; this reads nothing).
  if (
    weight >= strongAt &&
    !contradicted &&
    !evidence.some((e) => e.field === 'document' && e.outcome === 'same') &&
    namesContradict(q.names as NameKey[], r.names as NameKey[], NAME_LEVELS.weak)
  ) {
    contradicted = true
    add('name', 'a token each side lacks', 0)
  }
  const band: Band =
    weight >= strongAt && !contradicted
      ? 'strong'
      : byTokens >= opts.possibleThreshold ||
          fitsEverything(best, date, evidence) ||
          sharesNameAndDay(q, r, date, evidence)
        ? 'possible'
        : 'none'
  return { band, score: 1 / (1 + 2 ** (12 - weight)), weight, evidence }
}

/**
 * Places of birth: the towns or cities where both sides have one (as names
 * are compared: any script, any spelling), else the countries where both
 * have one. A town between `weak` and `agree` similarity says nothing.
 */
function comparePlaces(
  q: PreparedSubject,
  r: PreparedSubject,
  memo: Map<string, number>,
): [string, string, number] | undefined {
  if (q.placeOfBirth !== undefined && r.placeOfBirth !== undefined) {
    const place = r.placeOfBirth as NameKey
    const s = remembered(memo, `place|${nameText(place)}`, () => nameSimilarity(q.placeOfBirth as NameKey, place, memo))
    if (s >= NAME_LEVELS.agree) return ['placeOfBirth', 'same', WEIGHTS.placeSame]
    if (s < NAME_LEVELS.weak) return ['placeOfBirth', 'different', WEIGHTS.placeDifferent]
    return undefined
  }
  if (q.placeOfBirthCountry !== undefined && r.placeOfBirthCountry !== undefined) {
    if (q.placeOfBirthCountry !== r.placeOfBirthCountry)
      return ['placeOfBirthCountry', 'different', WEIGHTS.placeCountryDifferent]
  }
  return undefined
}

function compareDocuments(q: PreparedSubject, r: PreparedSubject): [string, number] | undefined {
  let outcome: [string, number] | undefined
  for (const a of q.documents) {
    for (const b of r.documents) {
      if (a.number === b.number) {
        const sameIssuer = a.issuer === '' || b.issuer === '' || a.issuer === b.issuer
        if (sameIssuer) return ['same', WEIGHTS.documentSame]
        outcome = ['same number, other issuer', WEIGHTS.documentSameNumberOtherIssuer]
      } else if (
        outcome === undefined &&
        a.type !== '' &&
        a.type === b.type &&
        a.issuer !== '' &&
        a.issuer === b.issuer
      ) {
        outcome = ['different', WEIGHTS.documentDifferent]
      }
    }
  }
  return outcome
}

/** A number for each statistics object, for memo keys. */
function statisticsId(stats: NameStatistics): number {
  let id = STATISTICS_IDS.get(stats)
  if (id === undefined) {
    id = nextStatisticsId++
    STATISTICS_IDS.set(stats, id)
  }
  return id
}
const STATISTICS_IDS = new WeakMap<NameStatistics, number>()
let nextStatisticsId = 0

/** Everything nameSimilarity reads of a name, as one string (a memo key). */
function nameText(name: NameKey): string {
  return `${name.script}|${name.tokens.join(' ')}|${name.readings?.join(' ') ?? ''}`
}

/**
 * What is remembered about one question while its candidates are scored:
 * candidates for one question share name tokens (common names, one family),
 * so token and name similarities are computed once per question.
 */
interface RecentQuery {
  query: PreparedSubject
  memo: Map<string, number>
  tokenSkeletons?: Set<string>
}

/**
 * The questions being scored, newest first, by identity: a node scores
 * questions interleaved (IdentifyScorer yields every SCORING_SLICE_MS, and
 * dozens may be in flight), so many are kept, up to a bound on what their
 * memos hold together; an older one's memo is dropped and, if that question
 * comes back, rebuilt. Callers that score many candidates release a
 * question when done (Matcher.release): a memo kept after its question makes
 * garbage that lives long enough to be promoted, and the collections of the
 * old generation then show in the tail (at 1M records, keeping 64 answered
 * questions: identify p99 13.3 against 10 ms). Not a WeakMap keyed by the
 * question: V8's young-generation collections keep a WeakMap's values
 * alive, so every one of them copied the memos of questions long answered (a
 * quarter of identify's time at 1M records, collections of about 3.5 ms).
 */
const recentQueries: RecentQuery[] = []
/** Most questions remembered at once. */
export const RECENT_QUERIES = 64
/** Most memo entries the remembered questions hold together (checked as a question is added). */
const RECENT_MEMO_ENTRIES = 200_000

function recentQuery(query: PreparedSubject): RecentQuery {
  const first = recentQueries[0]
  if (first?.query === query) return first
  const at = recentQueries.findIndex((r) => r.query === query)
  if (at >= 0) {
    const entry = recentQueries.splice(at, 1)[0] as RecentQuery
    recentQueries.unshift(entry)
    return entry
  }
  const entry: RecentQuery = { query, memo: new Map<string, number>() }
  recentQueries.unshift(entry)
  let entries = 0
  for (let i = 0; i < recentQueries.length; i++) {
    entries += (recentQueries[i] as RecentQuery).memo.size
    if (i >= RECENT_QUERIES || entries > RECENT_MEMO_ENTRIES) {
      recentQueries.length = i
      break
    }
  }
  return entry
}

/** Drops what was remembered about `query` (Matcher.release). */
function forgetQuery(query: PreparedSubject): void {
  const at = recentQueries.findIndex((r) => r.query === query)
  if (at >= 0) recentQueries.splice(at, 1)
}

function memoFor(query: PreparedSubject): Map<string, number> {
  return recentQuery(query).memo
}

/**
 * The evidence that tells people apart, beyond names, on which a comparison
 * agrees: the same document, the same full date of birth that is not the
 * 1 January placeholder registries write for an unknown day, the same town
 * or city of birth. Namesakes born the same year agree on everything else.
 */
export function discriminatingAgreement(q: PreparedSubject, result: MatchResult): Discriminator[] {
  const agreed: Discriminator[] = []
  for (const e of result.evidence) {
    if (e.field === 'document' && e.outcome === 'same') agreed.push('document')
    if (e.field === 'dateOfBirth' && e.outcome === 'exact' && isFullDate(q.dateOfBirth)) agreed.push('dateOfBirth')
    if (e.field === 'placeOfBirth' && e.outcome === 'same') agreed.push('placeOfBirth')
  }
  return agreed
}

/** Evidence beyond names that tells people apart (discriminatingAgreement). */
export type Discriminator = 'document' | 'dateOfBirth' | 'placeOfBirth'

/** Whether a comparison found the names in agreement (similarity at the `agree` level): namesakes at least. */
export function namesAgree(result: MatchResult): boolean {
  return result.evidence.some((e) => e.field === 'name' && e.outcome.startsWith('agree '))
}

/** A year alone, or the 01-01 placeholder registries write for an unknown day and month. */
function isYearOnly(date: string | undefined): boolean {
  return date !== undefined && (date.length === 4 || date.endsWith('-01-01'))
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x))
}

/** Name-only similarity of two names as written (any scripts), for `mrn match pairs`. */
export function namePairSimilarity(a: string, b: string): number {
  return nameSimilarity(nameKey(a, ''), nameKey(b, ''))
}

/** Bands for a name-only similarity (`mrn match pairs`); the defaults give recall 0.96 at precision 0.996 on the Latin/Arabic token set. */
export const DEFAULT_NAME_BANDS = { strong: 0.8, possible: 0.6 } as const

export function nameBand(similarity: number, bands: { strong: number; possible: number } = DEFAULT_NAME_BANDS): Band {
  return similarity >= bands.strong ? 'strong' : similarity >= bands.possible ? 'possible' : 'none'
}
