import type { LogFields, Logger } from '../../src/util/logger.js'

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error'
  msg: string
  /** The line's fields, a child logger's own merged in first. */
  fields: LogFields
}

/** A Logger that keeps its lines (and its children's) in `lines`, for tests that check what is logged. */
export function recordingLogger(lines: LogLine[] = [], bound: LogFields = {}): Logger & { lines: LogLine[] } {
  const at = (level: LogLine['level']) => (msg: string, fields?: LogFields) =>
    lines.push({ level, msg, fields: { ...bound, ...fields } })
  return {
    lines,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (fields) => recordingLogger(lines, { ...bound, ...fields }),
  }
}
