import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

/** A throwaway CA with a server (127.0.0.1) and a client certificate, made with the openssl CLI. */
export function makeCertificates(dir: string): void {
  const ssl = (...args: string[]): void => {
    execFileSync('openssl', args, { stdio: 'ignore' })
  }
  const p = (name: string): string => join(dir, name)
  ssl(
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    p('ca.key'),
    '-out',
    p('ca.crt'),
    '-days',
    '1',
    '-subj',
    '/CN=mrn-bench-ca',
  )
  for (const who of ['server', 'client']) {
    ssl(
      'req',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      p(`${who}.key`),
      '-out',
      p(`${who}.csr`),
      '-subj',
      `/CN=${who}`,
    )
    ssl(
      'x509',
      '-req',
      '-in',
      p(`${who}.csr`),
      '-CA',
      p('ca.crt'),
      '-CAkey',
      p('ca.key'),
      '-CAcreateserial',
      '-out',
      p(`${who}.crt`),
      '-days',
      '1',
      '-extfile',
      p(`${who}.ext`),
    )
  }
}

/** Extension files openssl x509 needs for the SAN and usage (written before makeCertificates). */
export const CERT_EXTENSIONS = {
  'server.ext': 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n',
  'client.ext': 'extendedKeyUsage=clientAuth\n',
}
