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

/**
 * A module of the built code, by its path from the calling module and from
 * dist/src (e.g. "./prepareWorker.js" and "records/prepareWorker.js"): the
 * sibling once built, or, from sources run by vitest, the build output
 * (`npm test` builds first). For spawning processes and worker threads.
 */
export function builtModule(callerUrl: string, relative: string, underSrc: string): string {
  const sibling = fileURLToPath(new URL(relative, callerUrl))
  if (existsSync(sibling)) return sibling
  const built = join(projectRoot(), 'dist', 'src', underSrc)
  if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build\` first`)
  return built
}
