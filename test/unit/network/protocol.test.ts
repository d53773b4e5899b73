import { describe, expect, it } from 'vitest'
import { EVIDENCE_PROTOCOL } from '../../../src/network/evidenceProtocol.js'
import { MEMBERSHIP_PROTOCOL } from '../../../src/network/membershipProtocol.js'
import { QUERY_PROTOCOL_V1, QUERY_PROTOCOL_V2, QUERY_PROTOCOLS } from '../../../src/network/protocol.js'
import { WITNESS_PROTOCOL, WITNESSED_PROTOCOL } from '../../../src/network/witnessProtocol.js'

/** The protocol ids are part of the contract between countries (proto/README.md): fixed strings. */
describe('protocol ids', () => {
  it('are the ones another implementation dials', () => {
    expect([
      QUERY_PROTOCOL_V1,
      QUERY_PROTOCOL_V2,
      EVIDENCE_PROTOCOL,
      WITNESS_PROTOCOL,
      WITNESSED_PROTOCOL,
      MEMBERSHIP_PROTOCOL,
    ]).toEqual([
      '/mrn/query/1.0.0',
      '/mrn/query/2.0.0',
      '/mrn/proof/1.0.0',
      '/mrn/witness/1.0.0',
      '/mrn/witnessed/1.0.0',
      '/mrn/federation/1.0.0',
    ])
    // 2.0.0 preferred where both sides speak it.
    expect(QUERY_PROTOCOLS).toEqual(['/mrn/query/2.0.0', '/mrn/query/1.0.0'])
  })
})
