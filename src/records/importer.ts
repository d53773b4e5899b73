import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { UsageError } from '../util/errors.js'
import { type MigrantRecord, recordSchema } from './schema.js'
import type { RecordStore } from './store.js'

/** How many bad lines an import reports before it stops listing them. */
export const MAX_REPORTED_ERRORS = 20

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
export async function importRecordsFile(path: string, store: RecordStore, nowMs: number): Promise<ImportResult> {
  const input = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' })
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })
  const records: MigrantRecord[] = []
  const errors: string[] = []
  const seen = new Map<string, number>()
  let lineNo = 0
  let errorCount = 0
  const fail = (msg: string): void => {
    errorCount++
    if (errors.length < MAX_REPORTED_ERRORS) errors.push(msg)
  }
  try {
    for await (const line of lines) {
      lineNo++
      if (line.trim() === '') continue
      const parsed = parseRecordLine(line, lineNo)
      if (typeof parsed === 'string') {
        fail(parsed)
        continue
      }
      const first = seen.get(parsed.id)
      if (first !== undefined) {
        fail(`Cannot import record on line ${lineNo}: 'id' ${JSON.stringify(parsed.id)} is already on line ${first}`)
        continue
      }
      seen.set(parsed.id, lineNo)
      records.push(parsed)
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new UsageError(`${path}: cannot read: ${code === 'ENOENT' ? 'file not found' : (code ?? String(err))}`)
  }
  if (errorCount > 0) {
    const more = errorCount > errors.length ? `\n... and ${errorCount - errors.length} more bad lines` : ''
    throw new UsageError(`${path}: nothing imported, ${errorCount} bad line(s):\n${errors.join('\n')}${more}`)
  }
  const { inserted, updated } = store.putMany(records, nowMs)
  return { lines: records.length, inserted, updated }
}

/** Validates one line; returns the record or the error text. */
export function parseRecordLine(line: string, lineNo: number): MigrantRecord | string {
  let data: unknown
  try {
    data = JSON.parse(line)
  } catch (err) {
    return `Cannot import record on line ${lineNo}: not valid JSON: ${(err as Error).message}`
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
  const gotText = got === undefined ? 'missing' : `got ${JSON.stringify(got)}`
  return `Cannot import record on line ${lineNo}: '${field || '(record)'}' ${issue.message}: ${gotText}`
}
