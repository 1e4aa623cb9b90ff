import { INERT_FILE_POLICY } from '../../../shared/inert-file-policy'

/**
 * Headers of every file Images serves, wherever Payload's route runs. Payload
 * gives SVG and XML files a policy of its own, which this replaces. Behind our
 * server, the same headers are set in front of Next (src/site/security-headers.ts),
 * and Next keeps those over any the route sets.
 */
export function inertFileHeaders({ headers }: { headers: Headers }): Headers {
  headers.set('Content-Security-Policy', INERT_FILE_POLICY)
  // A file is what its Content-Type says, never HTML a browser guessed from its bytes.
  headers.set('X-Content-Type-Options', 'nosniff')
  return headers
}
