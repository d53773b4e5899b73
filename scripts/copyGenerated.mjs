// tsc does not copy the generated protobuf module (plain .js beside its .d.ts)
// into dist/, so the build does it here.
import { cpSync } from 'node:fs'

cpSync('src/wire/gen', 'dist/src/wire/gen', { recursive: true })
