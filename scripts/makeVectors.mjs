// Writes the wire vectors in test/vectors/ from fixed inputs (npm run build first).
// Run once when the wire format deliberately changes (a new version), never to make a
// failing vector test pass: the vectors are the contract another implementation tests itself against.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import { encodeAuditEntry } from '../dist/src/audit/auditLog.js'
import { decodeResponse, encodeRequest, encodeResponse } from '../dist/src/wire/codec.js'
import { signEnvelope } from '../dist/src/wire/envelope.js'
import { mrn } from '../dist/src/wire/gen/mrn.js'

const dir = 'test/vectors'
const hex = (b) => Buffer.from(b).toString('hex')
const bytes = (h) => new Uint8Array(Buffer.from(h, 'hex'))
const write = (name, data, decoded) => {
  writeFileSync(join(dir, `${name}.hex`), `${hex(data)}\n`)
  writeFileSync(
    join(dir, `${name}.json`),
    `${JSON.stringify(decoded, (_, v) => (v instanceof Uint8Array ? { hex: hex(v) } : v), 2)}\n`,
  )
}

const identify = {
  protocolVersion: 1,
  requestId: bytes('000102030405060708090a0b0c0d0e0f'),
  requesterCountry: 'GRC',
  targetCountry: 'ITA',
  purpose: 'ASYLUM_RESPONSIBILITY',
  legalBasis: 'Regulation (EU) No 604/2013, Art. 34',
  caseReference: 'GRC-2026-0001',
  caseworkerPseudonym: 'cw-3f9a12c4',
  caseworkerRole: 'caseworker',
  issuedAtMs: 1795000000000,
  expiresAtMs: 1795000060000,
  query: {
    kind: 'identify',
    identify: {
      names: [
        { given: 'Ahmad', family: 'Al Hassan', script: 'Latn', transliterated: true },
        { given: 'أحمد', family: 'الحسن', script: 'Arab', transliterated: false },
      ],
      dateOfBirth: '1990-03',
      sex: 'M',
      nationalities: ['SYR'],
      documents: [{ type: 'passport', number: 'N0123456', issuer: 'SYR' }],
    },
  },
}
write('query-request-identify', encodeRequest(identify), identify)
const details = {
  ...identify,
  requestId: bytes('101112131415161718191a1b1c1d1e1f'),
  query: {
    kind: 'details',
    details: { handle: bytes('a0a1a2a3a4a5a6a7a8a9aaabacadaeaf'), fields: ['names', 'dateOfBirth', 'documents'] },
  },
}
write('query-request-details', encodeRequest(details), details)

const key = await generateKeyPairFromSeed(
  'Ed25519',
  bytes('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'),
)
const envelope = await signEnvelope(encodeRequest(identify), key)
write('signed-envelope', envelope, { signerPublicKey: hex(key.publicKey.raw), bodyIs: 'query-request-identify' })

const base = {
  protocolVersion: 1,
  requestId: identify.requestId,
  responderCountry: 'ITA',
  requestDigest: bytes('5d41402abc4b2a76b9719d911017c592ae34a7e1e8c2c3d6a2b2c1f0e9d8c7b6'),
  issuedAtMs: 1795000000500,
  auditLeafIndex: 41,
}
const okIdentify = {
  ...base,
  status: 'OK',
  hits: [{ handle: bytes('a0a1a2a3a4a5a6a7a8a9aaabacadaeaf'), band: 'strong', handleExpiresAtMs: 1795172800500 }],
  released: [],
  withheld: [],
}
write('query-response-hit', encodeResponse(okIdentify), decodeResponse(encodeResponse(okIdentify)))
const noHit = { ...base, status: 'NO_HIT', hits: [], released: [], withheld: [] }
write('query-response-no-hit', encodeResponse(noHit), decodeResponse(encodeResponse(noHit)))
const refusal = { ...base, status: 'REPLAY', auditLeafIndex: -1, hits: [], released: [], withheld: [] }
write('query-response-refusal', encodeResponse(refusal), decodeResponse(encodeResponse(refusal)))
// A denial with its reason (field 12, added after the first vectors: every vector above is unchanged by it).
const denied = { ...base, status: 'DENIED', denialReason: 'legal_basis', hits: [], released: [], withheld: [] }
write('query-response-denied', encodeResponse(denied), decodeResponse(encodeResponse(denied)))
// Confirmation of a possible hit (DetailsQuery fields 3 and 4, DenialReason 4; added later: every vector above is unchanged).
const detailsConfirm = {
  ...details,
  requestId: bytes('202122232425262728292a2b2c2d2e2f'),
  query: {
    kind: 'details',
    details: {
      handle: bytes('b0b1b2b3b4b5b6b7b8b9babbbcbdbebf'),
      fields: ['names'],
      confirm: { documents: [{ type: 'passport', number: 'N0123456', issuer: 'SYR' }], dateOfBirth: '1990-03-12' },
    },
  },
}
write('query-request-details-confirm', encodeRequest(detailsConfirm), detailsConfirm)
const deniedConfirmation = {
  ...base,
  status: 'DENIED',
  denialReason: 'confirmation',
  hits: [],
  released: [],
  withheld: [],
}
write(
  'query-response-denied-confirmation',
  encodeResponse(deniedConfirmation),
  decodeResponse(encodeResponse(deniedConfirmation)),
)

const leafV2 = {
  kind: 'query_received',
  requestId: '000102030405060708090a0b0c0d0e0f',
  requester: 'GRC',
  purpose: 'ASYLUM_RESPONSIBILITY',
  legalBasis: 'Regulation (EU) No 604/2013, Art. 34',
  caseReferenceHash: 'a3hn7dutBt9TvWtyum4I5QUI3vtbQXCzv03XutOsKpo',
  caseworker: 'cw-3f9a12c4',
  role: 'caseworker',
  step: 'identify',
  status: 'NO_HIT',
  released: [],
  withheld: [],
  queryHash: 'TKQHFJe1wbJiqE0WdG93H8mPwBUMggNhzW9lEN4qPnQ',
  responseDigest: 'Fj+q8KBKzcjYAYCSNC0P7RPPHbA2+E5ta+c9uamhH5s=',
  localCommitment: Buffer.alloc(32, 0x42).toString('base64'),
}
write('audit-entry-v2-query-received', encodeAuditEntry(leafV2, 1795000000500), { atMs: 1795000000500, entry: leafV2 })
const v1 = mrn.v1.AuditEntry.encode({
  version: 1,
  atMs: 1795000000500,
  kind: mrn.v1.AuditEntry.Kind.QUERY_RECEIVED,
  requestId: '000102030405060708090a0b0c0d0e0f',
  requester: 'SYR',
  purpose: 'PROTECTION_VERIFICATION',
  status: 'NO_HIT',
  ruleIds: ['syr-verification'],
  guards: [{ recordId: 'ITA-REF', guard: 'guard:non-refoulement' }],
}).finish()
write('audit-entry-v1-query-received', v1, {
  atMs: 1795000000500,
  entry: {
    kind: 'query_received',
    requestId: '000102030405060708090a0b0c0d0e0f',
    requester: 'SYR',
    purpose: 'PROTECTION_VERIFICATION',
    status: 'NO_HIT',
    released: [],
    withheld: [],
    local: {
      ruleIds: ['syr-verification'],
      recordIds: [],
      guards: [{ recordId: 'ITA-REF', guard: 'guard:non-refoulement' }],
    },
  },
})
const refusals = {
  kind: 'query_refusals',
  peerId: '12D3KooWBmAwcd4PJNJvfV89HwE48nwkRmAgo8Vy3uQEyNNHBox2',
  code: 'REPLAY',
  status: 'REPLAY',
  count: 4411,
  windowStartMs: 1795000000000,
  digestsHash: 'hQ9M7HFJSTQRPL259XZbkdGyOMynZ8O5iSXLVr5Pq6o=',
}
write('audit-entry-v2-query-refusals', encodeAuditEntry(refusals, 1795000060000), {
  atMs: 1795000060000,
  entry: refusals,
})
const adminAction = { kind: 'admin_action', action: 'token_created', caseworker: 'cw-5f0c1e9a2b7d', role: 'caseworker' }
write('audit-entry-v2-admin-action', encodeAuditEntry(adminAction, 1795000120000), {
  atMs: 1795000120000,
  entry: adminAction,
})
const restored = { kind: 'log_restored', lostFrom: 4096, lostTo: 4213, backupTakenAtMs: 1795000000000 }
write('audit-entry-v2-log-restored', encodeAuditEntry(restored, 1795000180000), {
  atMs: 1795000180000,
  entry: restored,
})
console.log('vectors written to', dir)
