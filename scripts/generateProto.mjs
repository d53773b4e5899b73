// Regenerates src/wire/gen/mrn.{js,d.ts} from proto/ (npm run proto).
// The generated files are committed so that a build needs no code generation.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const protoDir = 'proto/mrn/v1'
const outDir = 'src/wire/gen'
const protos = readdirSync(protoDir)
  .filter((f) => f.endsWith('.proto'))
  .map((f) => join(protoDir, f))
mkdirSync(outDir, { recursive: true })
const bin = (name) => join('node_modules', '.bin', name)
execFileSync(
  bin('pbjs'),
  [
    '-t',
    'static-module',
    '-w',
    'es6',
    '--no-verify',
    '--no-convert',
    '--no-delimited',
    '--no-service',
    '-o',
    join(outDir, 'mrn.js'),
    ...protos,
  ],
  { stdio: 'inherit' },
)
execFileSync(bin('pbts'), ['-o', join(outDir, 'mrn.d.ts'), join(outDir, 'mrn.js')], { stdio: 'inherit' })
console.log(`generated ${outDir}/mrn.js and mrn.d.ts from ${protos.length} file(s)`)
