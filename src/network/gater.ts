import type { ConnectionGater, PeerId } from '@libp2p/interface'
import type { FederationView } from './federation.js'

/**
 * Refuses every connection, inbound or outbound, to a peer that is not a
 * federation member. Checked by PeerId after the Noise handshake authenticated
 * the remote key, and before dialing.
 */
export function federationGater(federation: FederationView, onRefused?: (peerId: string) => void): ConnectionGater {
  const deny = (peerId: PeerId): boolean => {
    const refused = !federation.isMember(peerId.toString())
    if (refused) onRefused?.(peerId.toString())
    return refused
  }
  return {
    denyDialPeer: deny,
    denyInboundEncryptedConnection: deny,
    denyOutboundEncryptedConnection: deny,
  }
}
