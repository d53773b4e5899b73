#!/usr/bin/env node
// The polyfill must be the first import: see src/polyfill.ts.
import '../polyfill.js'
import { CommanderError } from 'commander'
import { busyDatabaseError } from '../records/database.js'
import { OperationError, UsageError } from '../util/errors.js'
import { buildProgram } from './program.js'

/** Exit codes: 0 ok, 1 failure, 2 usage error. */
async function main(): Promise<void> {
  const program = buildProgram()
  program.configureOutput({ writeErr: (s) => process.stderr.write(s) })
  try {
    await program.parseAsync(process.argv)
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version "errors" are successful exits
      process.exitCode = err.exitCode === 0 ? 0 : 2
      return
    }
    if (err instanceof UsageError) {
      process.stderr.write(`error: ${err.message}\n`)
      process.exitCode = 2
      return
    }
    const failure = busyDatabaseError(err) ?? err
    if (failure instanceof OperationError) {
      process.stderr.write(`error: ${failure.message}\n`)
      process.exitCode = 1
      return
    }
    process.stderr.write(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
    process.exitCode = 1
  }
}

// A reader that stops early (`mrn audit show | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw err
})

await main()
