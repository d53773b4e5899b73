import { createReadStream } from 'node:fs'
import { OperationError } from '../util/errors.js'
import { defaultPrepareThreads, type LineError, PREPARE_CHUNK, PreparePool } from './preparePool.js'
import { type MigrantRecord, recordSchema } from './schema.js'
import type { PreparedRow, RecordStore } from './store.js'

/** Records between two progress reports. */
const PROGRESS_EVERY = 5_000

/** How many bad lines an import reports before it stops listing them. */
export const MAX_REPORTED_ERRORS = 20

/** Where an import is (for a progress display): reading lines, checking and preparing records, then writing them. */
export interface ImportProgress {
  phase: 'reading' | 'preparing' | 'writing'
  done: number
  /** Known once reading is over. */
  total?: number
}

export interface ImportResult {
  lines: number
  inserted: number
  updated: number
}

export interface ImportOptions {
  /**
   * Threads that check and prepare records (PreparePool), default one per
   * core (at most 4); 1 does it all on the calling thread. A file of a few
   * thousand lines is always done on the calling thread.
   */
  threads?: number
}

/**
 * Parses and checks every line of a JSON Lines file, then writes all records
 * in one transaction. Any bad line aborts the import with nothing written; the
 * error names each bad line and field, e.g.
 * `Cannot import record on line 12: 'dateOfBirth' must be YYYY, YYYY-MM or YYYY-MM-DD: got "12/03/1990"`.
 * Checking and preparing the records (match keys, blocking keys, JSON) runs
 * on worker threads; the write stays one transaction on `store`'s connection.
 */
export async function importRecordsFile(
  path: string,
  store: RecordStore,
  nowMs: number,
  onProgress?: (progress: ImportProgress) => void,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const input = path === '-' ? process.stdin : createReadStream(path)
  const lines: { lineNo: number; text: string }[] = []
  const errors: LineError[] = []
  try {
    for await (const { lineNo, offset, bytes } of byteLines(input)) {
      const problem = encodingProblem(bytes, lineNo, offset)
      if (problem !== undefined) {
        errors.push({ lineNo, message: problem })
        continue
      }
      const text = UTF8.decode(bytes)
      if (text.trim() === '') continue
      lines.push({ lineNo, text })
      if (onProgress && lines.length % PROGRESS_EVERY === 0) onProgress({ phase: 'reading', done: lines.length })
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new OperationError(`${path}: cannot read: ${code === 'ENOENT' ? 'file not found' : (code ?? String(err))}`)
  }
  const threads = options.threads ?? defaultPrepareThreads()
  const prepared =
    threads > 1 && lines.length > PREPARE_CHUNK && store.preparesLikeWorkers()
      ? await prepareOnThreads(lines, threads, onProgress)
      : prepareHere(lines, store, onProgress)
  errors.push(...prepared.errors)
  // Ids twice in the file, among the lines that passed their check (in line order).
  const seen = new Map<string, number>()
  for (const row of prepared.rows) {
    const first = seen.get(row.id)
    if (first !== undefined) {
      errors.push({
        lineNo: row.lineNo,
        message: `Cannot import record on line ${row.lineNo}: 'id' ${shortValue(row.id)} is already on line ${first}`,
      })
    } else seen.set(row.id, row.lineNo)
  }
  if (errors.length > 0) {
    errors.sort((a, b) => a.lineNo - b.lineNo)
    const shown = errors.slice(0, MAX_REPORTED_ERRORS).map((e) => e.message)
    const more = errors.length > shown.length ? `\n... and ${errors.length - shown.length} more bad lines` : ''
    throw new OperationError(`${path}: nothing imported, ${errors.length} bad line(s):\n${shown.join('\n')}${more}`)
  }
  const total = prepared.rows.length
  const { inserted, updated } = store.writeRows(prepared.rows, nowMs, (done) => {
    if (onProgress && (done % PROGRESS_EVERY === 0 || done === total)) onProgress({ phase: 'writing', done, total })
  })
  return { lines: total, inserted, updated }
}

type Prepared = { rows: (PreparedRow & { lineNo: number })[]; errors: LineError[] }

async function prepareOnThreads(
  lines: { lineNo: number; text: string }[],
  threads: number,
  onProgress?: (progress: ImportProgress) => void,
): Promise<Prepared> {
  const pool = new PreparePool(threads)
  try {
    return await pool.prepareLines(lines, (done, total) => onProgress?.({ phase: 'preparing', done, total }))
  } finally {
    await pool.close()
  }
}

function prepareHere(
  lines: { lineNo: number; text: string }[],
  store: RecordStore,
  onProgress?: (progress: ImportProgress) => void,
): Prepared {
  const out: Prepared = { rows: [], errors: [] }
  const total = lines.length
  lines.forEach(({ lineNo, text }, i) => {
    const parsed = parseRecordLine(text, lineNo)
    if (typeof parsed === 'string') out.errors.push({ lineNo, message: parsed })
    else out.rows.push({ ...store.prepareRow(parsed), lineNo })
    const done = i + 1
    if (onProgress && (done % PROGRESS_EVERY === 0 || done === total)) onProgress({ phase: 'preparing', done, total })
  })
  return out
}

const UTF8 = new TextDecoder('utf-8')

/** The lines of a byte stream (split at LF, a CR before it dropped), with their number and byte offset. */
async function* byteLines(
  input: AsyncIterable<Buffer | string>,
): AsyncGenerator<{ lineNo: number; offset: number; bytes: Buffer }> {
  let pending = Buffer.alloc(0)
  let lineNo = 0
  let offset = 0
  const emit = (bytes: Buffer) => {
    lineNo++
    const line = { lineNo, offset, bytes: bytes.at(-1) === 0x0d ? bytes.subarray(0, -1) : bytes }
    offset += bytes.length + 1
    return line
  }
  for await (const chunk of input) {
    pending = Buffer.concat([pending, typeof chunk === 'string' ? Buffer.from(chunk) : chunk])
    let nl = pending.indexOf(0x0a)
    while (nl >= 0) {
      yield emit(pending.subarray(0, nl))
      pending = pending.subarray(nl + 1)
      nl = pending.indexOf(0x0a)
    }
  }
  if (pending.length > 0) yield emit(pending)
}

/** A byte-order mark or bytes that are not UTF-8, named by line and byte offset in the file. */
function encodingProblem(bytes: Buffer, lineNo: number, offset: number): string | undefined {
  if (lineNo === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return `Cannot import record on line 1 (byte 0): the file starts with a byte-order mark; save it as UTF-8 without BOM`
  }
  const bad = firstInvalidUtf8(bytes)
  if (bad < 0) return undefined
  return `Cannot import record on line ${lineNo} (byte ${offset + bad} of the file): not valid UTF-8 (byte 0x${(bytes[bad] as number).toString(16).padStart(2, '0')}); nothing is imported from a file in another encoding`
}

/** Index of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0
  while (i < b.length) {
    const c = b[i] as number
    if (c < 0x80) {
      i++
      continue
    }
    let n: number
    let min: number
    if (c >= 0xc2 && c <= 0xdf) {
      n = 1
      min = 0x80
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2
      min = 0x800
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3
      min = 0x10000
    } else return i
    if (i + n >= b.length) return i // the sequence is cut short
    let cp = c & (0x3f >> n)
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k]
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (cc & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += n + 1
  }
  return -1
}

/** A value as error messages show it: never more than a short prefix. */
export function shortValue(value: unknown): string {
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    return '(a value nested too deeply to show)'
  }
  return text.length <= SHORT_VALUE_CHARS ? text : `${text.slice(0, SHORT_VALUE_CHARS)}... (${text.length} characters)`
}

const SHORT_VALUE_CHARS = 60

/** Validates one line; returns the record or the error text. */
export function parseRecordLine(line: string, lineNo: number): MigrantRecord | string {
  let data: unknown
  try {
    data = JSON.parse(line)
  } catch (err) {
    const message = (err as Error).message
    const short = message.length > 120 ? `${message.slice(0, 120)}...` : message
    return `Cannot import record on line ${lineNo}: not valid JSON: ${short}`
  }
  const result = recordSchema.safeParse(data)
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  const field = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '')
  let got: unknown = data
  for (const p of issue.path)
    got = got && typeof got === 'object' ? (got as Record<PropertyKey, unknown>)[p] : undefined
  const gotText = got === undefined ? 'missing' : `got ${shortValue(got)}`
  return `Cannot import record on line ${lineNo}: '${field || '(record)'}' ${issue.message}: ${gotText}`
}
