/** Protocol ids built from constants, as js-libp2p protocol packages do. */
export const PROTOCOL_PREFIX = 'mrn'
export const QUERY_PROTOCOL_NAME = 'query'
export const QUERY_PROTOCOL_VERSION = '1.0.0'
export const QUERY_PROTOCOL = `/${PROTOCOL_PREFIX}/${QUERY_PROTOCOL_NAME}/${QUERY_PROTOCOL_VERSION}`
