import { type Federation, loadFederation, loadFormerMembers, type Member } from '../network/federation.js'
import { federationFromMembership, loadSignedMembership } from '../network/membership.js'
import { OperationError } from '../util/errors.js'
import type { NodeConfig } from './config.js'

/** The signed membership a node runs with: its version, and its bytes as the authority signed them. */
export interface HeldMembership {
  version: number
  bytes: Uint8Array
}

/**
 * The members a node runs with: in authority mode, the current members of
 * the signed membership it holds (verified against the pinned key; none
 * before the first one is applied); otherwise federation.yaml. Throws
 * naming the file when it is not valid, or lists this country with another
 * key than `selfPeerId` (when given).
 */
export function loadMembers(
  config: NodeConfig,
  selfPeerId: string | undefined,
  nowMs: number,
): { federation: Federation; held?: HeldMembership } {
  const checkSelf = (federation: Federation, source: string): void => {
    const self = federation.byCountry(config.country)
    if (self !== undefined && selfPeerId !== undefined && self.peerId !== selfPeerId) {
      throw new OperationError(
        `${source}: lists ${config.country} with peerId ${self.peerId}, but this node's key is ${selfPeerId}`,
      )
    }
  }
  if (config.authority !== undefined) {
    const held = loadSignedMembership(config.paths.membership, config.authority)
    const federation = federationFromMembership(held?.membership, nowMs)
    checkSelf(federation, config.paths.membership)
    return held === undefined
      ? { federation }
      : { federation, held: { version: held.membership.version, bytes: held.bytes } }
  }
  const federation = loadFederation(config.paths.federation)
  checkSelf(federation, config.paths.federation)
  return { federation }
}

/**
 * This node's own entry as its members list it (the signed membership in
 * authority mode, federation.yaml otherwise), falling back to federation.yaml
 * (which keeps it in authority mode too); undefined if neither lists it.
 */
export function selfEntry(config: NodeConfig, nowMs: number): Member | undefined {
  return (
    loadMembers(config, undefined, nowMs).federation.byCountry(config.country) ??
    loadFederation(config.paths.federation).byCountry(config.country)
  )
}

/**
 * Every member whose key may have co-signed this node's log: the current
 * ones, and in authority mode the former ones too, each with the time its
 * membership ended (what it co-signed after does not verify).
 */
export function witnessMembers(config: NodeConfig): (Member & { validUntilMs?: number })[] {
  if (config.authority !== undefined)
    return loadSignedMembership(config.paths.membership, config.authority)?.membership.members ?? []
  return [
    ...loadFederation(config.paths.federation).members(),
    ...loadFormerMembers(config.paths.federation).map(({ removedAt, ...m }) => ({
      ...m,
      validUntilMs: Date.parse(removedAt),
    })),
  ]
}
