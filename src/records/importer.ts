import { createReadStream, statSync } from 'node:fs'
import { OperationError } from '../util/errors.js'
import {
  CHUNKS_AHEAD_PER_THREAD,
  defaultPrepareThreads,
  type LineError,
  PREPARE_CHUNK,
  PreparePool,
  preparedInOrder,
} from './preparePool.js'
import { type MigrantRecord, recordSchema } from './schema.js'
import type { PreparedRow, RecordStore, RowWriter } from './store.js'

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
  /** While reading a file (not standard input) as it is written: the share of its bytes read, 0 to 1. */
  fileRead?: number
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
  /**
   * Write the records chunk by chunk as they are prepared, inside the one
   * transaction (preparing overlaps writing, and memory holds a few chunks
   * rather than the whole file), instead of preparing every line before the
   * write begins. Still all or nothing: a bad line anywhere rolls back what
   * was written. The write lock is then held for the whole import, so this is
   * for a node directory no node is running on; default false.
   */
  overlap?: boolean
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
  const threads = options.threads ?? defaultPrepareThreads()
  if (options.overlap) {
    const bytes = path === '-' ? undefined : sizeOf(path)
    return importOverlapped(path, input, bytes, store, nowMs, threads, onProgress)
  }
  const lines: { lineNo: number; text: string }[] = []
  const errors: LineError[] = []
  for await (const { lineNo, text } of checkedLines(path, input, errors)) {
    lines.push({ lineNo, text })
    if (onProgress && lines.length % PROGRESS_EVERY === 0) onProgress({ phase: 'reading', done: lines.length })
  }
  const prepared =
    threads > 1 && lines.length > PREPARE_CHUNK && store.preparesLikeWorkers()
      ? await prepareOnThreads(lines, threads, onProgress)
      : prepareHere(lines, store, onProgress)
  // The lines are in the prepared rows now: let the text go before the write.
  lines.length = 0
  errors.push(...prepared.errors)
  const seen = new Map<string, number>()
  for (const row of prepared.rows) checkNotTwice(row, seen, errors)
  if (errors.length > 0) throw badLines(path, errors)
  const total = prepared.rows.length
  const { inserted, updated } = store.writeRows(prepared.rows, nowMs, (done) => {
    if (onProgress && (done % PROGRESS_EVERY === 0 || done === total)) onProgress({ phase: 'writing', done, total })
  })
  return { lines: total, inserted, updated }
}

/**
 * importRecordsFile with `overlap`: lines go to the preparing threads in
 * chunks as they are read, and each prepared chunk is written, in line order,
 * inside one transaction opened for the first. After the first bad line
 * nothing more is written, the rest is still checked (so the error lists
 * every bad line, as the other way does), and the transaction is rolled back.
 */
async function importOverlapped(
  path: string,
  input: AsyncIterable<Buffer | string>,
  fileBytes: number | undefined,
  store: RecordStore,
  nowMs: number,
  threads: number,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportResult> {
  // Threads start with the first full chunk: a file of fewer lines is prepared on this thread.
  const threaded = threads > 1 && store.preparesLikeWorkers()
  let pool: PreparePool | undefined
  const prepare = (chunk: { lineNo: number; text: string }[]): Promise<Prepared> => {
    if (threaded && chunk.length === PREPARE_CHUNK) pool ??= new PreparePool(threads)
    return pool === undefined ? Promise.resolve(prepareHere(chunk, store)) : pool.prepareLines(chunk)
  }
  const errors: LineError[] = []
  const seen = new Map<string, number>()
  let writer: RowWriter | undefined
  let read = 0
  let bytesRead = 0
  let checked = 0
  let written = 0
  let total: number | undefined
  async function* chunks(): AsyncGenerator<{ lineNo: number; text: string }[]> {
    let chunk: { lineNo: number; text: string }[] = []
    for await (const line of checkedLines(path, input, errors)) {
      chunk.push({ lineNo: line.lineNo, text: line.text })
      read++
      bytesRead = line.end
      if (chunk.length < PREPARE_CHUNK) continue
      yield chunk
      chunk = []
    }
    if (chunk.length > 0) yield chunk
    total = read
  }
  const take = (prepared: Prepared): void => {
    checked += prepared.rows.length + prepared.errors.length
    errors.push(...prepared.errors)
    for (const row of prepared.rows) checkNotTwice(row, seen, errors)
    const known =
      total !== undefined
        ? { total }
        : fileBytes !== undefined && fileBytes > 0
          ? { fileRead: Math.min(1, bytesRead / fileBytes) }
          : {}
    if (errors.length === 0) {
      writer ??= store.beginWrite(nowMs)
      writer.write(prepared.rows)
      written += prepared.rows.length
      onProgress?.({ phase: 'writing', done: written, ...known })
    } else onProgress?.({ phase: 'preparing', done: checked, ...known })
  }
  try {
    await preparedInOrder(chunks(), prepare, () => CHUNKS_AHEAD_PER_THREAD * (pool?.threads ?? 1), take)
    if (errors.length > 0) throw badLines(path, errors)
    writer ??= store.beginWrite(nowMs)
    const { inserted, updated } = writer.commit()
    return { lines: written, inserted, updated }
  } catch (err) {
    // Chunks still being prepared are not waited for: closing the pool refuses them.
    writer?.rollback()
    throw err
  } finally {
    await pool?.close()
  }
}

/**
 * The non-blank lines of a JSON Lines input, decoded; a line that is not
 * UTF-8 (or a byte-order mark) goes to `errors` instead. A read failure is an
 * OperationError naming the file.
 */
async function* checkedLines(
  path: string,
  input: AsyncIterable<Buffer | string>,
  errors: LineError[],
): AsyncGenerator<{ lineNo: number; text: string; end: number }> {
  // Errors of the loop body reach the generator as a return, never here: only reading fails into this catch.
  try {
    for await (const { lineNo, offset, bytes } of byteLines(input)) {
      const problem = encodingProblem(bytes, lineNo, offset)
      if (problem !== undefined) {
        errors.push({ lineNo, message: problem })
        continue
      }
      const text = UTF8.decode(bytes)
      if (text.trim() === '') continue
      yield { lineNo, text, end: offset + bytes.length }
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new OperationError(`${path}: cannot read: ${code === 'ENOENT' ? 'file not found' : (code ?? String(err))}`)
  }
}

/** The size of a regular file in bytes; undefined for a pipe or anything else whose size says nothing. */
function sizeOf(path: string): number | undefined {
  try {
    const stat = statSync(path)
    return stat.isFile() ? stat.size : undefined
  } catch {
    // The read itself reports a missing or unreadable file, naming it.
    return undefined
  }
}

/** An id already on an earlier line that passed its check (lines taken in order) is an error of this line. */
function checkNotTwice(row: { id: string; lineNo: number }, seen: Map<string, number>, errors: LineError[]): void {
  const first = seen.get(row.id)
  if (first === undefined) {
    seen.set(row.id, row.lineNo)
    return
  }
  errors.push({
    lineNo: row.lineNo,
    message: `Cannot import record on line ${row.lineNo}: 'id' ${shortValue(row.id)} is already on line ${first}`,
  })
}

/** The error of an import with bad lines: each line's error in line order, the first MAX_REPORTED_ERRORS of them. */
function badLines(path: string, errors: LineError[]): OperationError {
  errors.sort((a, b) => a.lineNo - b.lineNo)
  const shown = errors.slice(0, MAX_REPORTED_ERRORS).map((e) => e.message)
  const more = errors.length > shown.length ? `\n... and ${errors.length - shown.length} more bad lines` : ''
  return new OperationError(`${path}: nothing imported, ${errors.length} bad line(s):\n${shown.join('\n')}${more}`)
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
