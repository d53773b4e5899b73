/**
 * A small structured logger writing JSON lines to stderr.
 *
 * Rule: never log personal data. Log record ids, request ids (hex), country
 * codes, statuses and counts; never names, dates of birth, document numbers,
 * legal-basis text or case references.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent'

const LEVEL_RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 }

export type LogFields = Record<string, string | number | boolean | undefined>

export interface Logger {
  debug(msg: string, fields?: LogFields): void
  info(msg: string, fields?: LogFields): void
  warn(msg: string, fields?: LogFields): void
  error(msg: string, fields?: LogFields): void
  child(fields: LogFields): Logger
}

export interface LoggerOptions {
  level?: LogLevel
  write?: (line: string) => void
  fields?: LogFields
}

/** Creates a logger; level defaults to MRN_LOG_LEVEL or "info". */
export function createLogger(options: LoggerOptions = {}): Logger {
  const envLevel = process.env.MRN_LOG_LEVEL as LogLevel | undefined
  const level: LogLevel = options.level ?? (envLevel && envLevel in LEVEL_RANK ? envLevel : 'info')
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`))
  const base = options.fields ?? {}
  const emit =
    (lvl: Exclude<LogLevel, 'silent'>) =>
    (msg: string, fields: LogFields = {}): void => {
      if (LEVEL_RANK[lvl] < LEVEL_RANK[level]) return
      write(JSON.stringify({ time: new Date().toISOString(), level: lvl, msg, ...base, ...fields }))
    }
  return {
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    child: (fields) => createLogger({ level, write, fields: { ...base, ...fields } }),
  }
}

/** A logger that drops everything (tests, library use). */
export const silentLogger: Logger = createLogger({ level: 'silent' })
