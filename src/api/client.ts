import { OperationError } from '../util/errors.js'
import type {
  DetailsInput,
  EvidenceInput,
  EvidenceOutput,
  PeerResultJson,
  QueryInput,
  QueryOutput,
  StatusOutput,
} from './types.js'

/** A caseworker's client for the local API (used by `mrn query`, `mrn details`, `mrn status`, the demo). */
export class ApiClient {
  private readonly baseUrl: string
  private readonly token: string

  constructor(baseUrl: string, token: string) {
    this.baseUrl = baseUrl.replace(/\/$/, '')
    this.token = token
  }

  query(input: QueryInput): Promise<QueryOutput> {
    return this.call('POST', '/v1/queries', input)
  }

  details(input: DetailsInput): Promise<PeerResultJson> {
    return this.call('POST', '/v1/details', input)
  }

  evidence(input: EvidenceInput): Promise<EvidenceOutput> {
    return this.call('POST', '/v1/evidence', input)
  }

  status(): Promise<StatusOutput> {
    return this.call('GET', '/v1/status')
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let res: Response
    try {
      res = await fetch(this.baseUrl + path, {
        method,
        headers: {
          authorization: `Bearer ${this.token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message
      throw new OperationError(`cannot reach the node API at ${this.baseUrl} (${cause}); is \`mrn start\` running?`)
    }
    const text = await res.text()
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch {
      throw new OperationError(`node API ${method} ${path} answered ${res.status} with a non-JSON body`)
    }
    if (!res.ok) {
      const message = (data as { error?: string; message?: string }).error ?? (data as { message?: string }).message
      throw new OperationError(`node API refused ${method} ${path} (${res.status}): ${message ?? text}`)
    }
    return data as T
  }
}
