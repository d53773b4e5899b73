import { GUARD } from './decide.js'

/**
 * The outgoing guard: which countries this node must not ask about a person,
 * whatever its policy says. Asking the state a person fled about that person
 * is itself a disclosure (Asylum Procedures Directive 2013/32/EU, Art. 30:
 * information must not be obtained in a manner that alerts the alleged
 * actors of persecution). Pure: the caller gathers the facts.
 */

/** What is known about the person's protection, from the query or from one of this node's records. */
export interface ProtectionFacts {
  source: 'query' | 'record'
  nationalities: readonly string[]
  fearedCountries: readonly string[]
  /** Applied for or holds international protection. */
  protectionClaim: boolean
  /** Holds it (refugee, subsidiary or temporary protection), not only applied. */
  granted: boolean
  /** A final rejection of the claim is recorded (records only). */
  finalRejection: boolean
}

export interface OutgoingContext {
  purpose: string
  /** The caseworker's local role. */
  role: string
}

export interface OutgoingGuardDecision {
  /** Countries that must not be asked, each with its guard and where the facts came from. */
  guarded: Map<string, { guard: string; sources: ('query' | 'record')[] }>
  /** The return-after-final-rejection exception lifts the guard for this question. */
  exception: boolean
}

/** The purpose and role the one exception needs (and a final rejection in this node's own record). */
export const EXCEPTION = { purpose: 'RETURN_READMISSION', role: 'supervisor', id: 'exception:final-rejection-return' }

/**
 * Every country of nationality or feared country of a person who applied for
 * or holds protection is guarded. The only exception: a supervisor's
 * RETURN_READMISSION question about a person whose claim this node's own
 * record shows finally rejected, with no grant anywhere in the facts.
 */
export function decideOutgoing(facts: readonly ProtectionFacts[], ctx: OutgoingContext): OutgoingGuardDecision {
  const guarded: OutgoingGuardDecision['guarded'] = new Map()
  for (const f of facts) {
    if (!f.protectionClaim) continue
    for (const country of [...f.nationalities, ...f.fearedCountries]) {
      const entry = guarded.get(country) ?? { guard: GUARD.nonRefoulement, sources: [] }
      if (!entry.sources.includes(f.source)) entry.sources.push(f.source)
      guarded.set(country, entry)
    }
  }
  const claims = facts.filter((f) => f.protectionClaim)
  const exception =
    guarded.size > 0 &&
    ctx.purpose === EXCEPTION.purpose &&
    ctx.role === EXCEPTION.role &&
    claims.some((f) => f.source === 'record') &&
    claims.every((f) => !f.granted && (f.source === 'query' || f.finalRejection))
  return { guarded, exception }
}
