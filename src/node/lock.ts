import { readFileSync, rmSync, writeFileSync } from 'node:fs'
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

/** The pid of the process running the node directory whose lock this is, if one is. */
export function runningPid(path: string): number | undefined {
  let pid: number
  try {
    pid = Number(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}
