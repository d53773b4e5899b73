import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import type { z } from 'zod'
import { UsageError } from './errors.js'

/**
 * Reads a YAML file and validates it with a zod schema. Errors name the file,
 * the path inside it and the bad value, e.g.
 * `federation.yaml: members[1].country: must be 3 upper-case letters (ISO 3166-1 alpha-3): got "gr"`.
 */
export function loadYamlFile<T extends z.ZodType>(path: string, schema: T): z.infer<T> {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new UsageError(code === 'ENOENT' ? `${path}: file not found` : `${path}: cannot read: ${code ?? String(err)}`)
  }
  let data: unknown
  try {
    data = parse(text)
  } catch (err) {
    throw new UsageError(`${path}: not valid YAML: ${(err as Error).message.split('\n')[0]}`)
  }
  return validate(path, schema, data)
}

/** Validates already-parsed data, with errors in the same form as loadYamlFile. */
export function validate<T extends z.ZodType>(source: string, schema: T, data: unknown): z.infer<T> {
  const result = schema.safeParse(data)
  if (result.success) return result.data
  const lines = result.error.issues.slice(0, 5).map((issue) => {
    const where = formatPath(issue.path)
    const got = valueAt(data, issue.path)
    const gotText = got === undefined ? 'missing' : `got ${JSON.stringify(got)}`
    return `${source}: ${where || '(top level)'}: ${issue.message}: ${gotText}`
  })
  throw new UsageError(lines.join('\n'))
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out ? `.${String(part)}` : String(part)
  }
  return out
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = data
  for (const part of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<PropertyKey, unknown>)[part]
  }
  if (typeof cur === 'string' && cur.length > 80) return `${cur.slice(0, 77)}...`
  if (cur !== null && typeof cur === 'object') return Array.isArray(cur) ? '[array]' : '{object}'
  return cur
}
