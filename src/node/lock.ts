import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { OperationError } from '../util/errors.js'

/**
 * A pid file that stops two processes from running the same node directory.
 * A lock left by a process that no longer exists is taken over.
 */
export function acquireLock(path: string): () => void {
  try {
    writeFileSync(path, String(process.pid), { flag: 'wx', mode: 0o600 })
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    const pid = Number(readFileSync(path, 'utf8'))
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
      throw new OperationError(`node is already running (pid ${pid}); lock file ${path}`)
    }
    writeFileSync(path, String(process.pid), { mode: 0o600 })
  }
  return () => rmSync(path, { force: true })
}

/**
 * The pid of the `mrn start` process running the node directory whose lock
 * this is, if one is. A signal goes to that process only: a lock left by a
 * crash whose pid now belongs to another program (as /proc says) is not it.
 */
export function runningPid(path: string): number | undefined {
  let pid: number
  try {
    pid = Number(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
  if (!(Number.isInteger(pid) && pid > 0 && isAlive(pid))) return undefined
  return isMrnStart(pid) ? pid : undefined
}

/** True when /proc shows `pid` runs `mrn start` (or when there is no /proc to ask). */
function isMrnStart(pid: number): boolean {
  let cmdline: string
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
  } catch {
    return !existsSync('/proc/self')
  }
  const args = cmdline.split('\0')
  return args.includes('start') && args.some((a) => /(^|\/)(mrn|main\.js)$/.test(a))
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}
