import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NODE_FILES } from '../../src/node/config.js'
import { loadKeyFile } from '../../src/node/identity.js'
import type { MigrantRecord } from '../../src/records/schema.js'
import type { IdentifyQuery, PersonName, QueryResponse } from '../../src/wire/types.js'
import { makeRecord, startFederation, type TestFederation } from '../helpers/federation.js'
import { identifyRequest, responseOf, sendFrame, signedRequest } from '../helpers/rawQuery.js'

// A member with valid keys and signatures (XXX) that tries to harvest ITA's
// records and to stall DEU, with raw requests on real libp2p streams.

const GIVEN = `Amara Bilal Chiara Dmitri Esra Farid Greta Hamza Ines Jonas Kemal Lucia Mateo Nour Oskar Priya
  Quentin Rashid Sanna Tomas Umar Vera Wael Ximena Yannis Zahra Anouk Bruno Cyrus Delia Emeka Fatou Goran Hiba Ivo
  Jamila Kofi Leila Marek Nadia Otto Paolo Rania Stefan Tariq Ulla Viktor Yasmin`.split(/\s+/)
const FAMILY = `Okafor Lindqvist Moreau Tanaka Petrov Haddad Nkemelu Castillo Varga Dubois Yilmaz Novak Fischer Banerjee
  Oliveira Kowalski Achterberg Mensah Sorensen Galanis Horvath Ibrahim Jansen Kuznetsova Lombardi Mwangi Nakamura
  Ortega Papadakis Quispe Rasmussen Szabo Tshabalala Ueda Vasquez Wojcik Xenakis Yamamoto Zielinski Abernathy Bergstrom
  Cardenas Demir Eriksen Ferreira Gunawardena Hakimi Ivanova`.split(/\s+/)
/** 48 people with unrelated names, all born the same day: each name alone is a hit. */
const PEOPLE: MigrantRecord[] = Array.from({ length: 48 }, (_, i) =>
  makeRecord({
    id: `ITA-${i}`,
    names: [
      {
        given: GIVEN[i] as string,
        family: FAMILY[i] as string,
        script: 'Latn',
        transliterated: false,
        type: 'primary',
      },
    ],
    documents: [{ type: 'passport', number: `H${1000 + i}`, issuer: 'SYR' }],
  }),
)
const nameOf = (r: MigrantRecord): PersonName => ({
  given: r.names[0]!.given,
  family: r.names[0]!.family,
  script: 'Latn',
  transliterated: false,
})
const byNames = (names: PersonName[]): IdentifyQuery => ({
  names,
  dateOfBirth: '1990-03-12',
  nationalities: [],
  documents: [],
})

// DEU: 300 namesakes, scored under a budget of 1 ms.
const NAMESAKES = Array.from({ length: 300 }, (_, i) => makeRecord({ id: `DEU-${i}`, documents: [] }))
const longName = (i: number): PersonName => ({
  given: `Ahmad Mohammed Abdul ${GIVEN[i]}`,
  family: 'Al Hassan Ibn Saleh',
  script: 'Latn',
  transliterated: true,
})

describe('a hostile member', () => {
  let fed: TestFederation
  let ask: (to: 'ITA' | 'DEU', identify: IdentifyQuery) => Promise<QueryResponse>

  beforeAll(async () => {
    fed = await startFederation([
      { country: 'XXX' },
      { country: 'YYY' }, // floods: its refusal quota is its own
      { country: 'ITA', records: PEOPLE, config: { rateLimits: { perPeerPerMinute: 10_000 } } },
      { country: 'DEU', records: NAMESAKES, config: { query: { scoringBudgetMs: 1 } } },
    ])
    const key = loadKeyFile(join(fed.dirs.XXX as string, NODE_FILES.key), undefined)
    ask = async (to, identify) => {
      const req = identifyRequest('XXX', to, { query: { kind: 'identify', identify } })
      return responseOf(await sendFrame(fed.node('XXX').libp2p, fed.entries[to]!.peerId, await signedRequest(req, key)))
    }
  })

  afterAll(async () => {
    await fed?.stop()
  })

  const disclosedBy = (res: QueryResponse): string[] => {
    const e = fed.node('ITA').audit.entry(res.auditLeafIndex).entry
    return e.kind === 'query_received' ? (e.local?.recordIds ?? []) : []
  }

  it('gets a hit for each person asked about alone (so the harvest below could work)', async () => {
    for (const p of [PEOPLE[0]!, PEOPLE[17]!, PEOPLE[47]!]) {
      const res = await ask('ITA', byNames([nameOf(p)]))
      expect(disclosedBy(res)).toEqual([p.id])
    }
  })

  it('harvests at most one person per question: six questions of eight unrelated names, at most six people', async () => {
    const disclosed = new Set<string>()
    for (let q = 0; q < 6; q++) {
      const res = await ask('ITA', byNames(PEOPLE.slice(q * 8, q * 8 + 8).map(nameOf)))
      expect(res.status).toBe('OK')
      for (const id of disclosedBy(res)) disclosed.add(id)
    }
    expect(disclosed.size).toBeGreaterThan(0)
    expect(disclosed.size).toBeLessThanOrEqual(6)
  })

  it('is refused INVALID for a question listing more names than one person has', async () => {
    const res = await ask('ITA', byNames(PEOPLE.slice(0, 32).map(nameOf)))
    expect(res.status).toBe('INVALID')
    expect(res.hits).toEqual([])
  })

  it('floods with garbage: every frame counted, a few audit entries, answers stop at the refusal quota', async () => {
    const ita = fed.node('ITA')
    ita.flushRefusals()
    const sizeBefore = ita.audit.size()
    const refusedSoFar = (): number => Object.values(ita.status().refusals.byCode).reduce((a, b) => a + b, 0)
    const countedBefore = refusedSoFar()
    const FRAMES = 300
    let answered = 0
    let dropped = 0
    for (let i = 0; i < FRAMES; i++) {
      // Not a signed envelope at all.
      const frame = new Uint8Array([0x0a, 0x03, i & 0xff, 1, 2])
      try {
        await sendFrame(fed.node('YYY').libp2p, fed.entries.ITA!.peerId, frame)
        answered++
      } catch {
        dropped++
      }
    }
    // The default refusalsAnsweredPerPeerPerMinute (120) a minute are answered; the rest are dropped.
    expect(answered).toBe(120)
    expect(dropped).toBe(FRAMES - answered)
    expect(refusedSoFar() - countedBefore).toBe(FRAMES)
    ita.flushRefusals()
    const added = ita.audit.list(sizeBefore, 10_000).map((r) => r.entry)
    expect(added).toEqual([
      expect.objectContaining({ kind: 'query_refusals', peerId: fed.entries.YYY!.peerId, count: FRAMES }),
    ])
  })

  it('cannot make one question score past the budget: DEU stops and still answers', async () => {
    const before = fed.node('DEU').status().queryServer.scoringBudgetExceeded
    const res = await ask('DEU', byNames(Array.from({ length: 8 }, (_, i) => longName(i))))
    expect(['OK', 'NO_HIT']).toContain(res.status)
    expect(fed.node('DEU').status().queryServer.scoringBudgetExceeded).toBe(before + 1)
  })
})
