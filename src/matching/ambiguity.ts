import { isFullDate } from './dates.js'
import type { Band } from './types.js'

/**
 * How far (in bits of Fellegi-Sunter weight: 2^6 = 64 times likelier) the
 * best candidate must be ahead of the next one that also agrees on
 * discriminating evidence for its `strong` band to stand.
 */
export const STRONG_MARGIN = 6

export interface Contender {
  band: Exclude<Band, 'none'>
  weight: number
  /** The evidence beyond names it agrees on: a document, a full date of birth (matcher.discriminatingAgreement). */
  agreedOn: readonly string[]
}

/**
 * The bands an answer discloses: honest about ambiguity rather than a guess.
 * `strong` stays only on the best candidate, and only when it agrees on
 * discriminating evidence and no other candidate that does too comes within
 * STRONG_MARGIN of it; every other `strong` becomes `possible`. `ranked` is
 * every visible match of the query, best first (records a guard hid are never
 * in it, so a hidden record cannot change a band).
 */
export function answerBands<T extends Contender>(ranked: readonly T[]): Map<T, Exclude<Band, 'none'>> {
  const bands = new Map<T, Exclude<Band, 'none'>>()
  const best = ranked[0]
  if (best === undefined) return bands
  const rival = ranked.slice(1).find((m) => m.agreedOn.length > 0)
  const clear =
    best.band === 'strong' &&
    best.agreedOn.length > 0 &&
    (rival === undefined || best.weight - rival.weight >= STRONG_MARGIN)
  for (const m of ranked) bands.set(m, m === best && clear ? 'strong' : 'possible')
  return bands
}

/** Identifiers that tell namesakes apart, as the caseworker names them. */
export type Settler = 'document' | 'dateOfBirth'

/**
 * Whether an answer's hits leave more than one candidate, or none clearly
 * identified, and which identifiers the question lacked that would settle it:
 * a document, a full date of birth (a year, or the 1 January placeholder of an
 * unknown day, does not). Undefined when the answer is not ambiguous. Bands
 * the responder did not disclose count as ambiguous only when there are
 * several hits.
 */
export function ambiguity(
  bands: readonly string[],
  question: { documents: readonly unknown[]; dateOfBirth?: string | undefined },
): { candidates: number; settleWith: Settler[] } | undefined {
  const ambiguous = bands.length > 1 || (bands.length === 1 && bands[0] === 'possible')
  if (!ambiguous) return undefined
  const settleWith: Settler[] = []
  if (question.documents.length === 0) settleWith.push('document')
  if (!isFullDate(question.dateOfBirth)) settleWith.push('dateOfBirth')
  return { candidates: bands.length, settleWith }
}
