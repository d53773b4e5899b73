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
  const lines = result.error.issues.slice(0, 5).flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const known = objectKeysAt(schema, issue.path) ?? []
      return issue.keys.map((key) => {
        const where = formatPath([...issue.path, key])
        const near = didYouMean(key, known)
        return `${source}: ${where}: unknown key${near ? ` (did you mean "${near}"?)` : ''}${known.length ? `; known keys here: ${known.join(', ')}` : ''}`
      })
    }
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

/** The keys an object schema allows at `path` (through defaults, optionals and arrays), for did-you-mean. */
function objectKeysAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] | undefined {
  type Node = { def?: { innerType?: Node; in?: Node; element?: Node; type?: string }; shape?: Record<string, Node> }
  const unwrap = (n: Node | undefined): Node | undefined => {
    let cur = n
    for (let i = 0; i < 8 && cur?.def; i++) {
      if (cur.def.innerType) cur = cur.def.innerType
      else if (cur.def.type === 'pipe' && cur.def.in) cur = cur.def.in
      else break
    }
    return cur
  }
  let cur = unwrap(schema as unknown as Node)
  for (const part of path) {
    if (typeof part === 'number') cur = unwrap(cur?.def?.element)
    else cur = unwrap(cur?.shape?.[String(part)])
    if (cur === undefined) return undefined
  }
  return cur?.shape ? Object.keys(cur.shape) : undefined
}

/** The known key a misspelt one most likely meant: same letters in another case, or a few edits away. */
export function didYouMean(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const k of known) {
    const d = k.toLowerCase() === key.toLowerCase() ? 0 : editDistance(k.toLowerCase(), key.toLowerCase())
    if (d < bestDistance) {
      best = k
      bestDistance = d
    }
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 4)) ? best : undefined
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
    prev = cur
  }
  return prev[b.length] as number
}
