import pino from 'pino'

/**
 * Structured logs: pino JSON lines on stderr, one object per line with
 * `level`, `time` (ISO 8601), `msg` and fields.
 *
 * Rule: never log personal data. Log record ids, request ids (hex), country
 * codes, purposes, statuses, counts and durations; never names, dates of
 * birth, document numbers, legal-basis text or case references. The fields
 * in REDACTED_FIELDS are replaced by "[redacted]" wherever they appear at the
 * top level or one level down, as a second line of defence.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent'

export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent']

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
  /** Where lines go (without their newline); stderr when absent. */
  write?: (line: string) => void
  fields?: LogFields
}

/** Field names that hold personal data in this code base: never logged, whatever a call passes. */
export const REDACTED_FIELDS = [
  'names',
  'name',
  'given',
  'family',
  'dateOfBirth',
  'placeOfBirth',
  'documents',
  'number',
  'person',
  'identify',
  'legalBasis',
  'caseReference',
  'body',
]

/** The level MRN_LOG_LEVEL names, or why it is not one. */
export function logLevelFromEnv(env: NodeJS.ProcessEnv = process.env): LogLevel | { error: string } | undefined {
  const value = env.MRN_LOG_LEVEL
  if (value === undefined || value === '') return undefined
  return (LOG_LEVELS as readonly string[]).includes(value)
    ? (value as LogLevel)
    : { error: `MRN_LOG_LEVEL: expected one of ${LOG_LEVELS.join(', ')}, got "${value}"` }
}

/** Creates a logger; level defaults to MRN_LOG_LEVEL (when valid) or "info". */
export function createLogger(options: LoggerOptions = {}): Logger {
  const fromEnv = logLevelFromEnv()
  const level: LogLevel = options.level ?? (typeof fromEnv === 'string' ? fromEnv : 'info')
  const write = options.write
  const destination = write
    ? { write: (chunk: string) => write(chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk) }
    : pino.destination({ fd: 2, sync: true })
  const root = pino(
    {
      level,
      base: { ...(options.fields ?? {}) },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: {
        paths: REDACTED_FIELDS.flatMap((f) => [f, `*.${f}`]),
        censor: '[redacted]',
      },
    },
    destination,
  )
  return wrap(root)
}

function wrap(p: pino.Logger): Logger {
  return {
    debug: (msg, fields) => p.debug(fields ?? {}, msg),
    info: (msg, fields) => p.info(fields ?? {}, msg),
    warn: (msg, fields) => p.warn(fields ?? {}, msg),
    error: (msg, fields) => p.error(fields ?? {}, msg),
    child: (fields) => wrap(p.child(fields)),
  }
}

/** A logger that drops everything (tests, library use). */
export const silentLogger: Logger = createLogger({ level: 'silent', write: () => undefined })
