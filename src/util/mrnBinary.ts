import { builtModule } from './projectRoot.js'

/**
 * Path of the built CLI entry (dist/src/cli/main.js), for spawning node
 * processes. From the built code that is the sibling module; from sources run
 * by vitest it is the build output, which `npm test` makes first.
 */
export function mrnEntryPoint(): string {
  return builtModule(import.meta.url, '../cli/main.js', 'cli/main.js')
}
