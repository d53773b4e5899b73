import Fastify, { type FastifyInstance } from 'fastify'
import { POLICY_FIELDS } from '../policy/forms.js'
import { PROTECTION_STATUSES } from '../records/schema.js'
import { type Logger, silentLogger } from '../util/logger.js'
import { PURPOSES } from '../wire/types.js'
import { IDENTIFY_LIMITS } from '../wire/validate.js'
import { type Caller, ROLE_PERMISSIONS } from './roles.js'
import { ApiError, type DetailsInput, type EvidenceInput, type LocalApiBackend, type QueryInput } from './types.js'

const country = { type: 'string', pattern: '^[A-Z]{3}$' } as const
const shortText = { type: 'string', maxLength: 512 } as const

const nameSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    given: { type: 'string', maxLength: IDENTIFY_LIMITS.charsPerName },
    family: { type: 'string', maxLength: IDENTIFY_LIMITS.charsPerName },
    script: { type: 'string', maxLength: 8 },
    transliterated: { type: 'boolean' },
  },
} as const

const documentsSchema = {
  type: 'array',
  maxItems: IDENTIFY_LIMITS.documents,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['number'],
    properties: {
      type: { type: 'string', maxLength: 32, default: 'passport' },
      number: { type: 'string', minLength: 1, maxLength: 64 },
      issuer: { type: 'string', pattern: '^([A-Z]{3})?$', default: '' },
    },
  },
} as const
const dateOfBirthSchema = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } as const

const queryBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['purpose', 'to', 'person'],
  properties: {
    purpose: { type: 'string', enum: PURPOSES },
    legalBasis: { ...shortText, default: '' },
    caseReference: shortText,
    to: {
      oneOf: [
        { type: 'string', const: 'all' },
        { type: 'array', items: country, minItems: 1, maxItems: 64 },
      ],
    },
    person: {
      type: 'object',
      additionalProperties: false,
      properties: {
        names: { type: 'array', items: nameSchema, maxItems: IDENTIFY_LIMITS.names },
        dateOfBirth: dateOfBirthSchema,
        sex: { type: 'string', enum: ['M', 'F', 'X'] },
        nationalities: { type: 'array', items: country, maxItems: IDENTIFY_LIMITS.nationalities },
        fearedCountries: { type: 'array', items: country, maxItems: 32 },
        protectionClaim: { type: 'string', enum: PROTECTION_STATUSES },
        documents: documentsSchema,
        placeOfBirth: { type: 'string', minLength: 1, maxLength: IDENTIFY_LIMITS.charsPerPlace },
        placeOfBirthCountry: country,
      },
    },
  },
} as const

const detailsBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['country', 'handle', 'purpose'],
  properties: {
    country,
    handle: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,100}$' },
    // Record fields only: a typo would come back as "withheld" and stay in the subject's report.
    fields: { type: 'array', items: { type: 'string', enum: POLICY_FIELDS }, maxItems: 32 },
    purpose: { type: 'string', enum: PURPOSES },
    legalBasis: { ...shortText, default: '' },
    caseReference: shortText,
    confirm: {
      type: 'object',
      additionalProperties: false,
      properties: { documents: documentsSchema, dateOfBirth: dateOfBirthSchema },
    },
  },
} as const

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null
  }
}

/**
 * The caseworkers' local HTTP/JSON API. Bound to loopback only (node.yaml
 * refuses anything else); every route needs a bearer token, and the token's
 * role decides which routes it may use.
 */
export function createApiServer(backend: LocalApiBackend, logger: Logger = silentLogger): FastifyInstance {
  // No type coercion: a caseworker's "to": "all" must not silently become ["all"].
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024, ajv: { customOptions: { coerceTypes: false } } })
  app.decorateRequest('caller', null)

  app.addHook('onRequest', async (request, reply) => {
    const header = request.headers.authorization ?? ''
    const match = /^Bearer (\S+)$/.exec(header)
    const caller = match?.[1] ? backend.verifyToken(match[1]) : undefined
    if (caller === undefined) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'missing or invalid bearer token' })
    }
    request.caller = caller
  })

  const requireQueryRole = (caller: Caller | null): Caller => {
    if (!caller || !ROLE_PERMISSIONS[caller.role].query) {
      throw new ApiError(403, `role ${caller?.role ?? 'none'} may not send queries`)
    }
    return caller
  }

  app.post<{ Body: QueryInput }>('/v1/queries', { schema: { body: queryBodySchema } }, async (request) =>
    backend.query(requireQueryRole(request.caller), request.body),
  )

  app.post<{ Body: DetailsInput }>('/v1/details', { schema: { body: detailsBodySchema } }, async (request) =>
    backend.details(requireQueryRole(request.caller), request.body),
  )

  app.post<{ Body: EvidenceInput }>(
    '/v1/evidence',
    {
      schema: {
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['country', 'leafIndex'],
          properties: { country, leafIndex: { type: 'integer', minimum: 0 } },
        },
      },
    },
    async (request) => backend.evidence(requireQueryRole(request.caller), request.body),
  )

  app.get('/v1/status', async () => backend.status())

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof ApiError) return reply.code(error.statusCode).send({ error: error.message })
    const status = (error as { statusCode?: number }).statusCode
    if (status !== undefined && status >= 400 && status < 500) {
      return reply.code(status).send({ error: (error as Error).message })
    }
    logger.error('api request failed', { error: (error as Error).message })
    return reply.code(500).send({ error: 'internal error; see the node log' })
  })
  return app
}
