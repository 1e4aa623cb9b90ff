import { pbkdf2 } from 'node:crypto'
import { promisify } from 'node:util'

const hash = promisify(pbkdf2)

/**
 * Costs what checking or storing a password costs (Payload's pbkdf2-sha256-v1:
 * 600,000 rounds), without keeping anything. Paths that have no account to
 * work on spend it, so no answer's timing tells whether an address has one.
 */
export async function spendPasswordHash(password: string): Promise<void> {
  await hash(password, 'no-account', 600_000, 32, 'sha256')
}
