import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

let cached: string | undefined

/**
 * The package's root folder (holding package.json and config/), found by
 * walking up from this module, so the same code works from src/ under vitest
 * and from dist/src/ once built.
 */
export function projectRoot(): string {
  if (cached !== undefined) return cached
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir)
    if (up === dir) throw new Error('cannot find the package root above this module')
    dir = up
  }
  cached = dir
  return dir
}
