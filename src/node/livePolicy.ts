import { existsSync, readFileSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { loadPolicy, type Policy, policyDigest } from '../policy/policyFile.js'
import { OperationError } from '../util/errors.js'
import { writeFileAtomic } from '../util/privateFiles.js'

/**
 * policy.active.json: the policy a running node enforces (as resolved, with
 * its includes), its digest, when it was applied, and the last reload that
 * failed. Written by the node at start and on every reload (SIGHUP); read by
 * `mrn policy explain` (which answers for the active policy) and by `mrn
 * policy apply` (which waits for the node to confirm).
 */
export interface ActivePolicy {
  digest: string
  appliedAtMs: number
  policy: Policy
  /** The last reload that failed: the node kept the policy above. */
  lastReloadError?: { atMs: number; message: string }
}

export function writeActivePolicy(path: string, active: ActivePolicy): void {
  writeFileAtomic(path, `${JSON.stringify(active, null, 2)}\n`)
}

export function readActivePolicy(path: string): ActivePolicy | undefined {
  if (!existsSync(path)) return undefined
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ActivePolicy
  } catch {
    return undefined
  }
}

/**
 * Puts `source` in place as the node's policy file, all or nothing: it is
 * copied next to the policy file first (so that relative includes resolve as
 * they will), validated there, then renamed over it. Returns the new policy
 * and its digest; a bad file leaves the node's policy file untouched.
 */
export function installPolicyFile(source: string, policyPath: string): { policy: Policy; digest: string } {
  let text: string
  try {
    text = readFileSync(source, 'utf8')
  } catch (err) {
    throw new OperationError(`${source}: cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`)
  }
  const staged = join(dirname(policyPath), `.${basename(policyPath)}.staged-${process.pid}.yaml`)
  writeFileAtomic(staged, text)
  try {
    const policy = loadPolicy(staged)
    writeFileAtomic(policyPath, text)
    return { policy, digest: policyDigest(policy) }
  } catch (err) {
    // name the file the operator gave, not the staging copy
    const message = (err as Error).message.split(staged).join(source)
    throw Object.assign(err as Error, { message })
  } finally {
    rmSync(staged, { force: true })
  }
}
