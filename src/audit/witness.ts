import type { Db } from '../records/database.js'
import { signedByLogKey } from './logIdentity.js'
import { frontierPositions, frontierRoot, verifyConsistency } from './merkle.js'
import { cosign, type NoteSigner, parseCheckpoint } from './note.js'

/** What a witness last co-signed of a log (/mrn/witnessed/1.0.0). */
export interface LastWitnessed {
  note: string
  frontier: Uint8Array[]
  cosignature: string
}

/** Whether `hashes` are the frontier of a tree of `size` leaves with root `root`. */
export function isFrontierOf(hashes: readonly Uint8Array[], size: number, root: Uint8Array): boolean {
  return (
    hashes.length === frontierPositions(size).length &&
    hashes.every((h) => h.length === 32) &&
    Buffer.from(frontierRoot(hashes)).equals(Buffer.from(root))
  )
}

export type WitnessOutcome =
  | { status: 'COSIGNED'; cosignature: string; size: number }
  | { status: 'OLD_SIZE_MISMATCH'; lastSize: number }
  | { status: 'CONFLICT' | 'BAD_CHECKPOINT' | 'BAD_PROOF'; lastSize: number; detail: string }

interface WitnessedLog {
  origin: string
  size: number
  root: Uint8Array
}

/**
 * This node as a witness of its peers' audit logs: it co-signs a checkpoint
 * only if it is signed by the member's key and consistent with everything it
 * co-signed for that log before; a fork (same size, other root) or a rollback
 * (smaller size) is refused for good.
 */
export class Witness {
  private readonly db: Db
  private readonly signer: NoteSigner
  private readonly stmts

  constructor(db: Db, signer: NoteSigner) {
    this.db = db
    this.signer = signer
    this.stmts = {
      get: db.prepare('SELECT origin, size, root FROM witnessed_logs WHERE origin = ?'),
      note: db.prepare('SELECT note, frontier FROM witnessed_logs WHERE origin = ?'),
      put: db.prepare(
        `INSERT INTO witnessed_logs (origin, size, root, note, at_ms, frontier) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(origin) DO UPDATE SET size = excluded.size, root = excluded.root, note = excluded.note,
           at_ms = excluded.at_ms, frontier = excluded.frontier`,
      ),
    }
  }

  /**
   * The checkpoint note of log `origin` this witness last co-signed, if any,
   * with the frontier the log sent with it (empty if it sent none) and this
   * witness's cosignature over it, signed at `nowMs`.
   */
  lastWitnessed(origin: string, nowMs: number): LastWitnessed | undefined {
    const r = this.stmts.note.get(origin) as { note: string; frontier: Buffer } | undefined
    if (r === undefined) return undefined
    const cp = parseCheckpoint(r.note)
    const hashes: Uint8Array[] = []
    for (let at = 0; at + 32 <= r.frontier.length; at += 32)
      hashes.push(new Uint8Array(r.frontier.subarray(at, at + 32)))
    return {
      note: r.note,
      frontier: hashes,
      cosignature: cp === undefined ? '' : cosign(cp.body, this.signer, Math.floor(nowMs / 1000)),
    }
  }

  /**
   * 1. parse the note, check it is this member's log and its signature
   * 2. compare with what was co-signed before: same size needs the same root,
   *    a smaller size is a rollback, a larger one needs a consistency proof
   *    from exactly that size  3. a frontier, if sent, must be the one of the
   *    checkpoint's size and fold to its root  4. remember the new checkpoint
   *    (and frontier), co-sign.
   */
  witness(
    note: string,
    oldSize: number,
    proof: Uint8Array[],
    log: { origin: string; publicKey: Uint8Array; previousPublicKeys?: Uint8Array[] },
    nowMs: number,
    frontier: readonly Uint8Array[] = [],
  ): WitnessOutcome {
    return this.db
      .transaction((): WitnessOutcome => {
        const prev = this.get(log.origin)
        const lastSize = prev?.size ?? 0
        const cp = parseCheckpoint(note)
        if (cp === undefined || cp.origin !== log.origin || !signedByLogKey(cp, { name: log.origin, ...log })) {
          return { status: 'BAD_CHECKPOINT', lastSize, detail: 'not a checkpoint of this member, or a bad signature' }
        }
        if (prev !== undefined) {
          if (cp.size < prev.size)
            return { status: 'CONFLICT', lastSize, detail: `rollback from size ${prev.size} to ${cp.size}` }
          if (cp.size === prev.size && !Buffer.from(cp.root).equals(Buffer.from(prev.root))) {
            return {
              status: 'CONFLICT',
              lastSize,
              detail: `fork at size ${cp.size}: another root than the one co-signed`,
            }
          }
          if (cp.size > prev.size) {
            if (oldSize !== prev.size) return { status: 'OLD_SIZE_MISMATCH', lastSize }
            if (!verifyConsistency(prev.size, cp.size, proof, prev.root, cp.root)) {
              return {
                status: 'CONFLICT',
                lastSize,
                detail: `size ${cp.size} is not consistent with co-signed size ${prev.size}`,
              }
            }
          }
        } else if (oldSize !== 0) {
          return { status: 'OLD_SIZE_MISMATCH', lastSize: 0 }
        }
        if (frontier.length > 0 && !isFrontierOf(frontier, cp.size, cp.root)) {
          return { status: 'BAD_PROOF', lastSize, detail: `the frontier sent is not the one of size ${cp.size}` }
        }
        this.stmts.put.run(log.origin, cp.size, cp.root, note, nowMs, Buffer.concat(frontier))
        return {
          status: 'COSIGNED',
          cosignature: cosign(cp.body, this.signer, Math.floor(nowMs / 1000)),
          size: cp.size,
        }
      })
      .immediate()
  }

  private get(origin: string): WitnessedLog | undefined {
    const r = this.stmts.get.get(origin) as { origin: string; size: number; root: Buffer } | undefined
    return r === undefined ? undefined : { ...r, root: new Uint8Array(r.root) }
  }
}
