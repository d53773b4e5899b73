import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { projectRoot } from './projectRoot.js'

/**
 * Path of the built CLI entry (dist/src/cli/main.js), for spawning node
 * processes. From the built code that is the sibling module; from sources run
 * by vitest it is the build output, which `npm test` makes first.
 */
export function mrnEntryPoint(): string {
  const sibling = fileURLToPath(new URL('../cli/main.js', import.meta.url))
  if (existsSync(sibling)) return sibling
  const built = join(projectRoot(), 'dist', 'src', 'cli', 'main.js')
  if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build\` first`)
  return built
}
