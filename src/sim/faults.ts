import { UsageError } from '../util/errors.js'

/** A fault injected when a share of the queries is done. */
export interface Fault {
  action: 'kill' | 'restart' | 'pause'
  country: string
  /** 0..1: when this share of the queries has been sent. */
  at: number
  /** pause only: how long the process is stopped (SIGSTOP, then SIGCONT). */
  durationMs?: number
}

/**
 * Parses "kill:ITA@0.3,restart:ITA@0.6,pause:DEU@0.5:2000": kill a node
 * (SIGKILL), restart it, or freeze it for a while (a slow or hung node).
 */
export function parseFaults(spec: string | undefined): Fault[] {
  if (!spec) return []
  return spec.split(',').map((part) => {
    const m = /^(kill|restart|pause):([A-Z]{3})@(0(?:\.\d+)?|1(?:\.0+)?)(?::(\d+))?$/.exec(part.trim())
    if (!m) {
      throw new UsageError(
        `--faults: "${part}" must be kill:CCC@F, restart:CCC@F or pause:CCC@F:MS with 0 <= F <= 1 (e.g. kill:ITA@0.3)`,
      )
    }
    const fault: Fault = { action: m[1] as Fault['action'], country: m[2] as string, at: Number(m[3]) }
    if (fault.action === 'pause') fault.durationMs = Number(m[4] ?? 2000)
    return fault
  })
}
