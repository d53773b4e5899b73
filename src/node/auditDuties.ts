import type { Libp2p, PrivateKey } from '@libp2p/interface'
import { ApiError, type EvidenceOutput } from '../api/types.js'
import { type AuditLog, type Checkpoint, decodeAuditEntry } from '../audit/auditLog.js'
import { auditOrigin, type LogKey, logKeyOf, noteSigner, signedByLogKey, witnessName } from '../audit/logIdentity.js'
import { leafHash, verifyInclusion } from '../audit/merkle.js'
import { parseCheckpoint, verifyCosignature } from '../audit/note.js'
import { isFrontierOf, type LastWitnessed, Witness, type WitnessOutcome } from '../audit/witness.js'
import { type Evidence, requestEvidence } from '../network/evidenceProtocol.js'
import {
  type FederationView,
  federationDigest as federationDigestOf,
  logPeerIdOf,
  type Member,
  memberLogKey,
  memberWitnessKeys,
  memberWitnessName,
  witnessKeysOf,
} from '../network/federation.js'
import { type CosignResult, requestCosignature, requestWitnessed } from '../network/witnessProtocol.js'
import { policyDigest as digestOfPolicy, type Policy } from '../policy/policyFile.js'
import type { Db } from '../records/database.js'
import type { GroupCommit } from '../records/groupCommit.js'
import type { Clock } from '../util/clock.js'
import { OperationError } from '../util/errors.js'
import type { Logger } from '../util/logger.js'
import { clearPendingRestore, type PendingRestore } from './backup.js'
import { checkNoteAgainstLog, writeCosignedCheckpoint } from './storageCheck.js'

export interface AuditDutiesComponents {
  db: Db
  /** The node's group commit: witnessing shares its fsyncs with the answers. */
  commit: GroupCommit
  audit: AuditLog
  federation: FederationView
  libp2p: Pick<Libp2p, 'dialProtocol'>
  privateKey: PrivateKey
  clock: Clock
  logger: Logger
}

/** What a restore found out from its witnesses (AuditDuties.completeRestore). */
export interface RestoreOutcome {
  /** Entries [lostFrom, lostTo) were lost: written after the backup, before the disk was. */
  lostFrom: number
  lostTo: number
  asked: number
  answered: number
  /** Witnesses whose cosignature of the checkpoint at lostTo was stored. */
  cosignedBy: string[]
  /** Witnesses that had co-signed less than lostTo: nothing can prove the lost entries to them. */
  behind: string[]
  /** Answers not used, and why (not signed by this node, no frontier). */
  ignored: string[]
}

export interface AuditDutiesInit {
  country: string
  /** The node's current key. */
  peerId: string
  /** Its first key, which names its log and witness key (unchanged by rotations; default: peerId). */
  logPeerId?: string
  /** Keys it rotated from, oldest first: its older checkpoints are signed by them. */
  previousPeerIds?: readonly string[]
  peerTimeoutMs: number
  /** Where the latest co-signed checkpoint is kept beside the database (undefined: not kept). */
  cosignedCheckpointPath?: string
}

/**
 * What a node does for accountability beyond writing entries: records its
 * starts with the policy and federation they ran under, checkpoints its log,
 * gets it co-signed, co-signs its peers' logs, and serves and fetches the
 * evidence of single exchanges.
 */
export class AuditDuties {
  /** Checkpoints of peers this node refused to co-sign, and refusals of its own checkpoints. */
  readonly witnessing = { refusedToCosign: 0, cosignRefused: 0 }
  readonly origin: string
  private readonly db: Db
  private readonly commit: GroupCommit
  private readonly audit: AuditLog
  private readonly federation: FederationView
  private readonly libp2p: Pick<Libp2p, 'dialProtocol'>
  private readonly privateKey: PrivateKey
  private readonly clock: Clock
  private readonly logger: Logger
  private readonly country: string
  private readonly peerId: string
  private readonly logPeerId: string
  /** This node's own log key, with the keys it rotated from. */
  private readonly ownLogKey: LogKey
  private readonly peerTimeoutMs: number
  private readonly cosignedCheckpointPath: string | undefined

  constructor(components: AuditDutiesComponents, init: AuditDutiesInit) {
    this.db = components.db
    this.commit = components.commit
    this.audit = components.audit
    this.federation = components.federation
    this.libp2p = components.libp2p
    this.privateKey = components.privateKey
    this.clock = components.clock
    this.logger = components.logger
    this.country = init.country
    this.peerId = init.peerId
    this.peerTimeoutMs = init.peerTimeoutMs
    this.cosignedCheckpointPath = init.cosignedCheckpointPath
    this.logPeerId = init.logPeerId ?? init.peerId
    this.origin = auditOrigin(init.country, this.logPeerId)
    this.ownLogKey = logKeyOf(init.country, this.logPeerId, init.peerId, init.previousPeerIds)
  }

  /**
   * Audits the start, with digests of the policy and the federation it runs
   * with; a change since the previous start gets its own entry, so an auditor
   * sees every policy and membership the node has ever answered under.
   */
  recordStart(policy: Policy, atMs: number, membershipVersion?: number): void {
    // the digests live reloads record too (node.ts reloadPolicy/reloadFederation): entries compare across both
    const policyDigest = digestOfPolicy(policy)
    const federationDigest = federationDigestOf(this.federation.members())
    const last = this.audit.lastOfKind('node_started')
    const previous = last?.kind === 'node_started' ? last : undefined
    if (previous !== undefined && previous.policyDigest !== policyDigest) {
      this.audit.append({ kind: 'policy_changed', policyDigest }, atMs)
    }
    if (previous !== undefined && previous.federationDigest !== federationDigest) {
      // in authority mode, the signed version applied while the node was stopped
      this.audit.append(
        {
          kind: 'federation_changed',
          federationDigest,
          ...(membershipVersion === undefined ? {} : { membershipVersion }),
        },
        atMs,
      )
    }
    this.audit.append({ kind: 'node_started', peerId: this.peerId, policyDigest, federationDigest }, atMs)
  }

  /** Signs and stores a checkpoint of the audit log if it has grown since the last. */
  checkpoint(): Checkpoint {
    return this.audit.checkpoint(this.origin, noteSigner(this.privateKey, this.origin), this.clock.nowMs())
  }

  /**
   * Checkpoints the log and asks every other member to co-sign it, proving
   * consistency from the size each last co-signed. Stores each valid
   * cosignature; a refusal is audited and counted.
   */
  async witnessNow(): Promise<{ country: string; status: string }[]> {
    const cp = this.checkpoint()
    if (cp.size === 0) return []
    // Sent with every checkpoint: what a restore from a backup continues from (docs/operations.md).
    const frontier = this.audit.frontier(cp.size)
    // Every witness is asked at once; what they answer is stored in one commit, and the
    // co-signed checkpoint written beside the database once.
    const asked = await Promise.all(
      this.federation
        .members()
        .filter((member) => member.peerId !== this.peerId)
        .map((member) => this.askToCosign(member, cp, frontier)),
    )
    const store = asked.flatMap((a) => (a.store ? [a.store] : []))
    if (store.length > 0) {
      await this.commit.run(() => {
        for (const s of store) s()
      })
    }
    if (this.cosignedCheckpointPath && asked.some((a) => a.status === 'COSIGNED' && a.store)) {
      writeCosignedCheckpoint(this.cosignedCheckpointPath, cp.note)
    }
    return asked.map(({ country, status }) => ({ country, status }))
  }

  /** One witness's answer to checkpoint `cp`, with what to store of it (its cosignature, or the refusal's entry). */
  private async askToCosign(
    member: Member,
    cp: Checkpoint,
    frontier: Uint8Array[],
  ): Promise<{ country: string; status: string; store?: () => void }> {
    const keys = memberWitnessKeys(member, this.clock.nowMs())
    const name = memberWitnessName(member)
    let oldSize = this.audit.cosignedSize(name)
    // already, for this very checkpoint
    if (oldSize === cp.size) return { country: member.country, status: 'COSIGNED' }
    let result: CosignResult | undefined
    for (let attempt = 0; attempt < 2; attempt++) {
      let proof: Uint8Array[] = []
      try {
        if (oldSize > 0 && oldSize < cp.size) proof = this.audit.consistencyProof(oldSize, cp.size)
      } catch {
        // From a size inside entries a restore lost: the hashes it needs are gone.
        this.logger.warn('cannot prove this log to a witness: it last co-signed a size a restore lost', {
          witness: member.country,
          size: oldSize,
        })
        return { country: member.country, status: 'UNPROVABLE' }
      }
      result = await requestCosignature(this.libp2p, member, cp.note, oldSize, proof, this.peerTimeoutMs, frontier)
      if (result.status !== 'OLD_SIZE_MISMATCH' || result.lastSize > cp.size) break
      oldSize = result.lastSize
    }
    if (result?.status === 'COSIGNED') {
      const body = cp.note.slice(0, cp.note.indexOf('\n\n') + 1)
      const line = result.cosignature
      if (!keys.some((k) => verifyCosignature(body, line, k.name, k.publicKey) !== undefined)) {
        return { country: member.country, status: 'BAD_COSIGNATURE' }
      }
      return {
        country: member.country,
        status: 'COSIGNED',
        store: () => this.audit.addCosignature(cp.size, name, line, this.clock.nowMs()),
      }
    }
    if (result?.status === 'CONFLICT' || result?.status === 'BAD_PROOF' || result?.status === 'BAD_CHECKPOINT') {
      const code = result.status
      this.witnessing.cosignRefused++
      this.logger.error('a witness refused to co-sign our checkpoint', {
        witness: member.country,
        status: code,
        size: cp.size,
      })
      return {
        country: member.country,
        status: code,
        store: () =>
          this.audit.append(
            { kind: 'cosignature_refused', peerId: member.peerId, origin: this.origin, size: cp.size, code },
            this.clock.nowMs(),
          ),
      }
    }
    return { country: member.country, status: result?.status ?? 'UNREACHABLE' }
  }

  /**
   * The proof, for the member that took part in it, that an exchange is in
   * this node's log: the entry, the latest checkpoint covering it (with the
   * co-signatures held for it), and the inclusion proof. Other members'
   * exchanges are not shown.
   */
  evidenceFor(member: Member, leafIndex: number): Evidence | undefined {
    if (!(Number.isInteger(leafIndex) && leafIndex >= 0 && leafIndex < this.audit.size())) return undefined
    if (this.audit.isLost(leafIndex)) return undefined
    const leafData = this.audit.leafData(leafIndex)
    const { entry } = decodeAuditEntry(leafData)
    const concerns =
      (entry.kind === 'query_received' && entry.requester === member.country) ||
      (entry.kind === 'query_rejected' && entry.peerId === member.peerId)
    if (!concerns) return undefined
    const covering = this.audit.checkpointCovering(leafIndex) ?? this.checkpoint()
    const lines = this.audit
      .cosignaturesAt(covering.size)
      .map((c) => `${c.line}\n`)
      .join('')
    return {
      checkpoint: covering.note + lines,
      leafData,
      inclusionProof: this.audit.inclusionProof(leafIndex, covering.size),
    }
  }

  /**
   * Fetches and checks the evidence of one of our exchanges with `country`:
   * the checkpoint is signed by that member's log key, the entry is included
   * at `leafIndex`, and its response digest equals the one we recorded.
   */
  async evidence(country: string, leafIndex: number): Promise<EvidenceOutput> {
    const input = { leafIndex }
    const member = this.federation.byCountry(country) as Member
    const ev = await requestEvidence(this.libp2p, member, input.leafIndex, this.peerTimeoutMs)
    if (ev === undefined)
      throw new ApiError(
        404,
        `${country} has no evidence for leaf ${input.leafIndex} that concerns this node, or is unreachable`,
      )
    const cp = parseCheckpoint(ev.checkpoint)
    const signed = cp !== undefined && signedByLogKey(cp, memberLogKey(member))
    const included =
      cp !== undefined && verifyInclusion(leafHash(ev.leafData), input.leafIndex, cp.size, ev.inclusionProof, cp.root)
    const { atMs, entry } = decodeAuditEntry(ev.leafData)
    const ours = entry.kind === 'query_received' ? this.findResponseDigest(entry.requestId) : undefined
    const witnesses =
      cp === undefined
        ? []
        : this.federation
            .members()
            .filter((m) => m.peerId !== member.peerId)
            .flatMap((m) => {
              const ws = witnessKeysOf([m], this.peerId)
              const ok = cp.signatures.some((sig) =>
                ws.some((w) => sig.name === w.name && verifyCosignature(cp.body, sig.line, w.name, w.publicKey)),
              )
              return ok ? [memberWitnessName(m)] : []
            })
    return {
      country: member.country,
      leafIndex: input.leafIndex,
      verified: signed && included,
      responseDigestMatches: ours !== undefined && entry.kind === 'query_received' && ours === entry.responseDigest,
      checkpoint: ev.checkpoint,
      cosignedBy: witnesses,
      entry: { atMs, ...entry },
      inclusionProof: ev.inclusionProof.map((p) => Buffer.from(p).toString('base64')),
    }
  }

  private findResponseDigest(requestId: string): string | undefined {
    // Newest first: evidence is usually asked for a recent exchange.
    for (const { data } of this.audit.iterateKind('response_received', { newestFirst: true })) {
      const { entry } = decodeAuditEntry(data)
      if (entry.kind === 'response_received' && entry.requestId === requestId) return entry.responseDigest
    }
    return undefined
  }

  /** The checkpoint of `member`'s log this node last co-signed, with its frontier (/mrn/witnessed/1.0.0). */
  lastWitnessed(member: Member): LastWitnessed | undefined {
    return new Witness(this.db, this.witnessSigner()).lastWitnessed(
      auditOrigin(member.country, logPeerIdOf(member)),
      this.clock.nowMs(),
    )
  }

  /**
   * Asks every witness which checkpoint of this log it co-signed last, and
   * refuses a log shorter than, or different from, the largest one validly
   * signed by this node (a forged note from a witness cannot block a start).
   * Witnesses that do not answer are skipped; the local copy (`audit.cosigned`)
   * was checked when the database was opened.
   */
  async checkAgainstWitnesses(timeoutMs: number): Promise<{ asked: number; answered: number }> {
    const others = this.federation.members().filter((m) => m.peerId !== this.peerId)
    const answers = await Promise.all(others.map((m) => requestWitnessed(this.libp2p, m, timeoutMs)))
    const notes = answers.map((a) => a?.last?.note)
    let largest: { size: number; note: string } | undefined
    for (const note of notes) {
      const cp = note === undefined ? undefined : parseCheckpoint(note)
      if (note === undefined || cp === undefined || !signedByLogKey(cp, this.ownLogKey)) continue
      if (largest === undefined || cp.size > largest.size) largest = { size: cp.size, note }
    }
    if (largest !== undefined) checkNoteAgainstLog(this.audit, largest.note, 'its witnesses')
    return { asked: others.length, answered: notes.filter((n) => n !== undefined).length }
  }

  /**
   * Finishes a restore from a backup (node/backup.ts) before the node answers
   * anything. Asks every witness which checkpoint of this log it last
   * co-signed, with that tree's frontier; keeps the answers signed by this
   * node's key whose frontier folds to their root, and takes the largest,
   * size N. If N is past the backup's end B, the log continues at N: the
   * frontier hashes are stored (each one the backup can compute must agree:
   * the backup was this log's prefix), entries [B, N) are recorded as lost,
   * the checkpoint and the witnesses' fresh cosignatures of it are stored,
   * and a `log_restored` entry is appended at N, all in one transaction.
   * Witnesses then see the log grow from the very checkpoint they co-signed:
   * no fork, no rollback. Needs `minWitnesses` witnesses to answer (default:
   * every other member), or it refuses to start, changing nothing.
   */
  async completeRestore(
    restore: PendingRestore,
    options: { timeoutMs: number; minWitnesses?: number },
  ): Promise<RestoreOutcome> {
    const others = this.federation.members().filter((m) => m.peerId !== this.peerId)
    const answers = await Promise.all(others.map((m) => requestWitnessed(this.libp2p, m, options.timeoutMs)))
    const answered = answers.filter((a) => a !== undefined).length
    const needed = Math.min(options.minWitnesses ?? others.length, others.length)
    if (answered < needed) {
      const silent = others.filter((_, i) => answers[i] === undefined).map((m) => m.country)
      throw new OperationError(
        `restored from a backup: ${answered} of ${others.length} witnesses answered (${silent.join(', ')} did not), and ${needed} must say where this log ended before the node answers anything; start again when they are reachable, or lower the number with --restore-min-witnesses`,
      )
    }
    type Valid = { member: Member; size: number; root: Uint8Array; note: string; frontier: Uint8Array[]; line: string }
    const valid: Valid[] = []
    const ignored: string[] = []
    others.forEach((member, i) => {
      const last = answers[i]?.last
      if (last === undefined) return
      const cp = parseCheckpoint(last.note)
      if (cp === undefined || !signedByLogKey(cp, this.ownLogKey)) {
        ignored.push(`${member.country}: not a checkpoint signed by this node`)
        return
      }
      if (cp.size > 0 && !isFrontierOf(last.frontier, cp.size, cp.root)) {
        ignored.push(`${member.country}: no frontier for its checkpoint of size ${cp.size}`)
        return
      }
      valid.push({
        member,
        size: cp.size,
        root: cp.root,
        note: last.note,
        frontier: last.frontier,
        line: last.cosignature,
      })
    })
    const backupSize = this.audit.size()
    const latest = valid.reduce<Valid | undefined>((a, v) => (a === undefined || v.size > a.size ? v : a), undefined)
    const nowMs = this.clock.nowMs()
    const lostTo = latest !== undefined && latest.size > backupSize ? latest.size : backupSize
    const cosignedBy: string[] = []
    this.db
      .transaction(() => {
        if (latest !== undefined && latest.size > backupSize) {
          try {
            this.audit.continueFrom(latest.size, latest.frontier, nowMs)
          } catch (err) {
            throw new OperationError(
              `restored from a backup that is not a prefix of the log its witnesses co-signed (${(err as Error).message}); this backup belongs to another history of this node`,
            )
          }
          this.audit.putCheckpoint({ size: latest.size, root: latest.root, note: latest.note, atMs: nowMs })
          const body = latest.note.slice(0, latest.note.indexOf('\n\n') + 1)
          for (const v of valid) {
            if (v.size !== latest.size || !Buffer.from(v.root).equals(Buffer.from(latest.root))) continue
            const ws = memberWitnessKeys(v.member, nowMs)
            if (!ws.some((w) => verifyCosignature(body, v.line, w.name, w.publicKey) !== undefined)) continue
            this.audit.addCosignature(latest.size, memberWitnessName(v.member), v.line, nowMs)
            cosignedBy.push(v.member.country)
          }
        } else if (latest !== undefined) {
          checkNoteAgainstLog(this.audit, latest.note, 'its witnesses')
        }
        this.audit.append(
          { kind: 'log_restored', lostFrom: restore.backupSize, lostTo, backupTakenAtMs: restore.takenAtMs },
          nowMs,
        )
        clearPendingRestore(this.db)
      })
      .immediate()
    if (latest !== undefined && latest.size > backupSize && this.cosignedCheckpointPath)
      writeCosignedCheckpoint(this.cosignedCheckpointPath, latest.note)
    // Witnesses that co-signed less than N cannot be shown the lost entries: they stop co-signing this log.
    const behind = lostTo > backupSize ? valid.filter((v) => v.size < lostTo).map((v) => v.member.country) : []
    this.logger.warn('restored from a backup: the log continues where its witnesses last co-signed it', {
      lostFrom: restore.backupSize,
      lostTo,
      witnessesAnswered: answered,
    })
    return { lostFrom: restore.backupSize, lostTo, asked: others.length, answered, cosignedBy, behind, ignored }
  }

  /** This node's witness signer: its current key, under the name of its log identity. */
  private witnessSigner() {
    return noteSigner(this.privateKey, witnessName(this.country, this.logPeerId))
  }

  /** This node as witness of a member's log (the handler of /mrn/witness/1.0.0). */
  async witnessPeer(
    member: Member,
    note: string,
    oldSize: number,
    proof: Uint8Array[],
    frontier: Uint8Array[] = [],
  ): Promise<WitnessOutcome> {
    const origin = auditOrigin(member.country, logPeerIdOf(member))
    const witness = new Witness(this.db, this.witnessSigner())
    // Decided and remembered inside the group commit (requests for one log in one batch run in
    // turn), and answered only once what this witness now holds of the log is durable.
    const outcome = await this.commit.run(() => {
      const nowMs = this.clock.nowMs()
      const out = witness.witness(note, oldSize, proof, { ...memberLogKey(member, nowMs), origin }, nowMs, frontier)
      if (out.status === 'CONFLICT' || out.status === 'BAD_PROOF' || out.status === 'BAD_CHECKPOINT') {
        this.audit.append(
          { kind: 'witness_refused', peerId: member.peerId, origin, size: out.lastSize, code: out.status },
          nowMs,
        )
      }
      return out
    })
    if (outcome.status === 'CONFLICT' || outcome.status === 'BAD_PROOF' || outcome.status === 'BAD_CHECKPOINT') {
      this.witnessing.refusedToCosign++
      this.logger.error('refused to co-sign a peer checkpoint', {
        peer: member.country,
        status: outcome.status,
        detail: outcome.detail,
      })
    }
    return outcome
  }
}
