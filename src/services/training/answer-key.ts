import { randomBytes } from 'node:crypto'
import { AppError } from '../../content/app-error'

/**
 * Each answer form carries a key made when the page was drawn. The same
 * post sent twice (a double click, or a phone replaying what it kept
 * offline) carries the same key and is recorded once.
 */
export const newAnswerKey = () => randomBytes(16).toString('base64url')

export function readAnswerKey(value: unknown): string {
  if (typeof value === 'string' && /^[A-Za-z0-9_-]{16,64}$/.test(value)) return value
  throw new AppError('invalid-input', { message: 'training.error.tampered' })
}
