import type { RequestContext } from '../../src/policy/decide.js'

/** An identify question's context as the scorer sees it: asked by SYR, so the hard guards hide SYR's refugees. */
export const IDENTIFY_CTX: RequestContext = {
  requesterCountry: 'SYR',
  requesterGroups: [],
  purpose: 'ASYLUM_RESPONSIBILITY',
  role: 'caseworker',
  legalBasis: 'x',
  step: 'identify',
}

/** The clock of the scoring tests. */
export const SCORING_NOW = Date.UTC(2026, 10, 27)
