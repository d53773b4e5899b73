import type { Db } from '../records/database.js'
import { verifyConsistency } from './merkle.js'
import { cosign, type NoteSigner, parseCheckpoint, verifyCheckpointSignature } from './note.js'

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
      note: db.prepare('SELECT note FROM witnessed_logs WHERE origin = ?').pluck(),
      put: db.prepare(
        `INSERT INTO witnessed_logs (origin, size, root, note, at_ms) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(origin) DO UPDATE SET size = excluded.size, root = excluded.root, note = excluded.note, at_ms = excluded.at_ms`,
      ),
    }
  }

  /** The checkpoint note of log `origin` this witness last co-signed, if any. */
  lastWitnessed(origin: string): string | undefined {
    return this.stmts.note.get(origin) as string | undefined
  }

  /**
   * 1. parse the note, check it is this member's log and its signature
   * 2. compare with what was co-signed before: same size needs the same root,
   *    a smaller size is a rollback, a larger one needs a consistency proof
   *    from exactly that size  3. remember the new checkpoint, co-sign.
   */
  witness(
    note: string,
    oldSize: number,
    proof: Uint8Array[],
    log: { origin: string; publicKey: Uint8Array },
    nowMs: number,
  ): WitnessOutcome {
    return this.db
      .transaction((): WitnessOutcome => {
        const prev = this.get(log.origin)
        const lastSize = prev?.size ?? 0
        const cp = parseCheckpoint(note)
        if (cp === undefined || cp.origin !== log.origin || !verifyCheckpointSignature(cp, log.origin, log.publicKey)) {
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
        this.stmts.put.run(log.origin, cp.size, cp.root, note, nowMs)
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
