import { ApiClient } from '../api/client.js'
import { loadNodeConfig } from '../node/config.js'
import { UsageError } from '../util/errors.js'

export const TOKEN_ENV = 'MRN_TOKEN'

export interface ApiTargetOptions {
  dir?: string
  api?: string
  token?: string
}

/** The local API of the node in --dir (or at --api), with the token from --token or MRN_TOKEN. */
export function apiClientFrom(options: ApiTargetOptions): ApiClient {
  const token = options.token ?? process.env[TOKEN_ENV]
  if (!token)
    throw new UsageError(`no API token: pass --token or set ${TOKEN_ENV} (create one with \`mrn token create\`)`)
  if (options.api) return new ApiClient(options.api, token)
  if (!options.dir) throw new UsageError('say which node to ask: --dir <node directory> or --api <url>')
  const config = loadNodeConfig(options.dir)
  const host = config.api.host.includes(':') ? `[${config.api.host}]` : config.api.host
  return new ApiClient(`http://${host}:${config.api.port}`, token)
}
