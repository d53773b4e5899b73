import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { mrnEntryPoint } from '../../src/util/mrnBinary.js'

const run = promisify(execFile)

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs the built `mrn` with `args` in its own process and returns its exit
 * code and output, whatever the code. No node passphrase unless `env` gives
 * one (MRN_KEY_PASSPHRASE empty means none).
 */
export async function mrn(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [mrnEntryPoint(), ...args], {
      env: { ...process.env, MRN_KEY_PASSPHRASE: '', ...env },
    })
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}
