import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../../src/api/client.js'
import { createLogger } from '../../src/util/logger.js'
import { makeRecord, startFederation, type TestFederation } from '../helpers/federation.js'

// Personal data that must never reach a log line, on either side, at any level.
const PERSON = makeRecord({
  id: 'ITA-LOG-1',
  names: [{ given: 'Zainab', family: 'Quraishi', script: 'Latn', transliterated: true, type: 'primary' }],
  dateOfBirth: '1991-04-17',
  placeOfBirth: 'Kandahar',
  documents: [{ type: 'passport', number: 'X9876543', issuer: 'AFG' }],
})
const CASE_REFERENCE = 'CASE-SECRET-77'
const LEGAL_BASIS = 'Regulation 604/2013 Art. 34 (log test)'
const PERSONAL = ['Zainab', 'Quraishi', '1991-04-17', 'Kandahar', 'X9876543', CASE_REFERENCE, LEGAL_BASIS]

describe('logs (pino JSON lines) at debug level', () => {
  let fed: TestFederation
  const lines: Record<string, string[]> = { GRC: [], ITA: [] }
  const logger = (country: string) =>
    createLogger({ level: 'debug', write: (line) => (lines[country] as string[]).push(line) })

  beforeAll(async () => {
    fed = await startFederation([
      { country: 'GRC', logger: logger('GRC') },
      { country: 'ITA', logger: logger('ITA'), records: [PERSON] },
    ])
    const api = new ApiClient(
      `http://127.0.0.1:${fed.node('GRC').apiPort()}`,
      fed.node('GRC').tokens.create('cw', 'caseworker', Date.now()).token,
    )
    const person = {
      names: [{ given: 'Zainab', family: 'Quraishi' }],
      dateOfBirth: '1991-04-17',
      documents: [{ type: 'passport', number: 'X9876543', issuer: 'AFG' }],
    }
    const asked = await api.query({
      purpose: 'ASYLUM_RESPONSIBILITY',
      legalBasis: LEGAL_BASIS,
      caseReference: CASE_REFERENCE,
      to: ['ITA'],
      person,
    })
    const hit = asked.results[0]?.hits?.[0]
    expect(hit).toBeDefined()
    const details = await api.details({
      country: 'ITA',
      handle: hit?.handle as string,
      purpose: 'ASYLUM_RESPONSIBILITY',
      legalBasis: LEGAL_BASIS,
      caseReference: CASE_REFERENCE,
    })
    expect(details.outcome).toBe('ok')
    // and one the responder refuses: a purpose its policy does not allow GRC
    await api.query({ purpose: 'BORDER_CHECK', legalBasis: LEGAL_BASIS, to: ['ITA'], person })
    await fed.stop()
  })

  afterAll(async () => {
    await fed?.stop()
  })

  const parsed = (country: string) => (lines[country] as string[]).map((l) => JSON.parse(l) as Record<string, unknown>)

  it('writes one JSON object per line with a level, a time and a message', () => {
    for (const country of ['GRC', 'ITA']) {
      expect(lines[country]?.length).toBeGreaterThan(5)
      for (const entry of parsed(country)) {
        expect(['debug', 'info', 'warn', 'error']).toContain(entry.level)
        expect(typeof entry.msg).toBe('string')
        expect(Number.isNaN(Date.parse(entry.time as string))).toBe(false)
      }
    }
  })

  it('logs every query on both sides with its id, peer, purpose, step and outcome', () => {
    const sent = parsed('GRC').filter((e) => e.msg === 'query sent')
    const answered = parsed('ITA').filter((e) => e.msg === 'query answered')
    expect(sent.map((e) => [e.peer, e.purpose, e.step, e.outcome])).toEqual([
      ['ITA', 'ASYLUM_RESPONSIBILITY', 'identify', 'ok'],
      ['ITA', 'ASYLUM_RESPONSIBILITY', 'details', 'ok'],
      ['ITA', 'BORDER_CHECK', 'identify', 'denied'],
    ])
    expect(answered.map((e) => [e.peer, e.step, e.status])).toEqual([
      ['GRC', 'identify', 'OK'],
      ['GRC', 'details', 'OK'],
      ['GRC', 'identify', 'DENIED'],
    ])
    // the two sides' lines name the same requests
    expect(answered.map((e) => e.requestId)).toEqual(sent.map((e) => e.requestId))
    for (const e of [...sent, ...answered]) expect(typeof e.ms).toBe('number')
  })

  it('logs connections and the node lifecycle', () => {
    for (const country of ['GRC', 'ITA']) {
      const msgs = parsed(country).map((e) => e.msg)
      for (const m of ['node starting', 'node started', 'peer connected', 'node stopping', 'node stopped']) {
        expect(msgs).toContain(m)
      }
    }
    expect(parsed('ITA').find((e) => e.msg === 'peer connected')).toMatchObject({ peer: 'GRC' })
  })

  it('never writes the personal data of the record, the question or the case', () => {
    for (const country of ['GRC', 'ITA']) {
      const text = (lines[country] as string[]).join('\n').toLowerCase()
      for (const secret of PERSONAL)
        expect(text, `${country} log holds "${secret}"`).not.toContain(secret.toLowerCase())
    }
  })

  it('redacts personal-data fields even when a call passes them', () => {
    const out: string[] = []
    const log = createLogger({ level: 'debug', write: (l) => out.push(l) })
    log.info('careless', {
      given: 'Zainab',
      family: 'Quraishi',
      number: 'X9876543',
      legalBasis: LEGAL_BASIS,
      peer: 'ITA',
    })
    log.child({ caseReference: CASE_REFERENCE }).debug('careless child')
    expect(out.join('\n')).not.toMatch(/Zainab|Quraishi|X9876543|CASE-SECRET|log test/)
    expect(JSON.parse(out[0] as string)).toMatchObject({ given: '[redacted]', peer: 'ITA' })
  })
})
