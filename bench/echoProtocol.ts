/** Protocol id of the bare libp2p echo baseline, one stream per request (bench/echoServers.ts). */
export const ECHO_PROTOCOL = '/mrn-bench/echo/1.0.0'
/** The same echo on one long-lived stream: frames echoed in the order they come. */
export const ECHO_MUX_PROTOCOL = '/mrn-bench/echo-mux/1.0.0'
