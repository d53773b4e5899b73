/** Protocol ids built from constants, as js-libp2p protocol packages do. */
export const PROTOCOL_PREFIX = 'mrn'
export const QUERY_PROTOCOL_NAME = 'query'
/** One request and one response per stream (proto/mrn/v1/query.proto). */
export const QUERY_PROTOCOL_V1 = `/${PROTOCOL_PREFIX}/${QUERY_PROTOCOL_NAME}/1.0.0`
/** Many requests per long-lived stream, answered in any order (proto/README.md). */
export const QUERY_PROTOCOL_V2 = `/${PROTOCOL_PREFIX}/${QUERY_PROTOCOL_NAME}/2.0.0`
/** What a requester offers, preferred first. */
export const QUERY_PROTOCOLS = [QUERY_PROTOCOL_V2, QUERY_PROTOCOL_V1]
