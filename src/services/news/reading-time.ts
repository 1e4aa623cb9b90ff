import { plainText } from '../../search/text/plain-text'

// About 200 words a minute, a common figure for reading on screen; never less than one minute.
const WORDS_PER_MINUTE = 200

export function readingMinutes(body: unknown): number {
  const words = plainText(body).split(/\s+/).filter(Boolean).length
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}
