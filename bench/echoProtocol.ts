/** Protocol id of the bare libp2p echo baseline (bench/echoServers.ts). */
export const ECHO_PROTOCOL = '/mrn-bench/echo/1.0.0'
