import type { Picture as PictureData } from '../../../../services/site/to-picture'
import { Picture } from '../Picture'

/** As many as the stylesheet has colours for (.portrait-disc--0 … --7). */
const DISC_COLOURS = 8

/** The first letter of the first and of the last word, in whatever script the name is written. */
export function initialsOf(name: string): string {
  const words = name.split(/[\s\u00a0-]+/u).filter((w) => /\p{L}/u.test(w))
  const first = (word: string | undefined) => Array.from(word ?? '').find((ch) => /\p{L}/u.test(ch)) ?? ''
  const letters = words.length > 1 ? first(words[0]) + first(words[words.length - 1]) : first(words[0])
  return letters.toLocaleUpperCase()
}

/** The same name always gets the same colour, so a person is recognisable from page to page. */
function discColour(name: string): number {
  let sum = 0
  for (const ch of name) sum = (sum * 31 + (ch.codePointAt(0) ?? 0)) % 9973
  return sum % DISC_COLOURS
}

/**
 * A person's photo, or their initials on a coloured disc when there is none:
 * a silhouette says nothing, initials tell people apart. The name is next to
 * it on every page, so the disc is hidden from screen readers.
 */
export function Portrait({ name, photo }: { name: string; photo: PictureData | null | undefined }) {
  if (photo) return <Picture picture={photo} className="person__photo" />
  return (
    <span className={`portrait-disc portrait-disc--${discColour(name)}`} aria-hidden="true">
      {initialsOf(name)}
    </span>
  )
}
