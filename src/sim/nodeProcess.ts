import { type ChildProcess, spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { mrnEntryPoint } from '../util/mrnBinary.js'

export interface ReadyLine {
  event: 'ready'
  country: string
  peerId: string
  addresses: string[]
  api: string
  /** Base URL of /metrics, /healthz and /readyz, or "off". */
  metrics: string
  pid: number
}

export interface NodeProcess {
  ready: ReadyLine
  child: ChildProcess
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
  stop(graceMs?: number): Promise<void>
}

/** Runs `mrn start --dir D --json` as its own OS process and waits for its ready line. */
export function startNodeProcess(
  dir: string,
  options: { timeoutMs?: number; logLevel?: string; env?: NodeJS.ProcessEnv; nodeArgs?: string[] } = {},
): Promise<NodeProcess> {
  const child = spawn(
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      mrnEntryPoint(),
      'start',
      '--dir',
      dir,
      '--json',
      '--log-level',
      options.logLevel ?? 'warn',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: options.env ?? process.env },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stderr: string[] = []
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr.push(chunk.toString())
    if (stderr.length > 50) stderr.shift()
  })
  const stop = async (graceMs = 5_000): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
    await exited
    clearTimeout(timer)
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop(0)
      reject(
        new Error(`node in ${dir} did not report ready within ${options.timeoutMs ?? 20_000} ms: ${stderr.join('')}`),
      )
    }, options.timeoutMs ?? 20_000)
    const lines = createInterface({ input: child.stdout! })
    lines.on('line', (line) => {
      try {
        const msg = JSON.parse(line) as ReadyLine
        if (msg.event === 'ready') {
          clearTimeout(timer)
          resolve({ ready: msg, child, stop })
        }
      } catch {
        // not a JSON line: ignore
      }
    })
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`node in ${dir} exited (${signal ?? code}) before ready: ${stderr.join('').trim()}`))
    })
  })
}
