// What tsc leaves undone after `npm run build`:
// - it does not copy the generated protobuf module (plain .js beside its .d.ts)
//   into dist/;
// - it writes the CLI's entry point without the execute bit. npm links `mrn`
//   to it at `npm ci`, when dist/ does not exist yet, so on a fresh clone
//   nothing else makes `npx mrn` runnable.
import { chmodSync, cpSync } from 'node:fs'

cpSync('src/wire/gen', 'dist/src/wire/gen', { recursive: true })
chmodSync('dist/src/cli/main.js', 0o755)
