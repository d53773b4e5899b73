import { createReadStream } from 'node:fs'
import { OperationError } from '../util/errors.js'
import { type MigrantRecord, recordSchema } from './schema.js'
import type { RecordStore } from './store.js'

/** Records between two progress reports. */
const PROGRESS_EVERY = 5_000

/** How many bad lines an import reports before it stops listing them. */
export const MAX_REPORTED_ERRORS = 20

/** Where an import is (for a progress display): reading and checking lines, then preparing and writing records. */
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

/**
 * Parses and checks every line of a JSON Lines file, then writes all records
 * in one transaction. Any bad line aborts the import with nothing written; the
 * error names each bad line and field, e.g.
 * `Cannot import record on line 12: 'dateOfBirth' must be YYYY, YYYY-MM or YYYY-MM-DD: got "12/03/1990"`.
 */
export async function importRecordsFile(
  path: string,
  store: RecordStore,
  nowMs: number,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportResult> {
  const input = path === '-' ? process.stdin : createReadStream(path)
  const records: MigrantRecord[] = []
  const errors: string[] = []
  const seen = new Map<string, number>()
  let errorCount = 0
  const fail = (msg: string): void => {
    errorCount++
    if (errors.length < MAX_REPORTED_ERRORS) errors.push(msg)
  }
  try {
    for await (const { lineNo, offset, bytes } of byteLines(input)) {
      const problem = encodingProblem(bytes, lineNo, offset)
      if (problem !== undefined) {
        fail(problem)
        continue
      }
      const line = UTF8.decode(bytes)
      if (line.trim() === '') continue
      const parsed = parseRecordLine(line, lineNo)
      if (typeof parsed === 'string') {
        fail(parsed)
        continue
      }
      const first = seen.get(parsed.id)
      if (first !== undefined) {
        fail(`Cannot import record on line ${lineNo}: 'id' ${shortValue(parsed.id)} is already on line ${first}`)
        continue
      }
      seen.set(parsed.id, lineNo)
      records.push(parsed)
      if (onProgress && records.length % PROGRESS_EVERY === 0) onProgress({ phase: 'reading', done: records.length })
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new OperationError(`${path}: cannot read: ${code === 'ENOENT' ? 'file not found' : (code ?? String(err))}`)
  }
  if (errorCount > 0) {
    const more = errorCount > errors.length ? `\n... and ${errorCount - errors.length} more bad lines` : ''
    throw new OperationError(`${path}: nothing imported, ${errorCount} bad line(s):\n${errors.join('\n')}${more}`)
  }
  const { inserted, updated } = store.putMany(records, nowMs, onProgress)
  return { lines: records.length, inserted, updated }
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
