import bidiFactory, { type EmbeddingLevels } from 'bidi-js'
import { type Face, faceFor } from './fonts'
import { hasNoScript, isArabic } from './unicode-script'

const bidi = bidiFactory()

/** A paragraph analysed once, so lines can be cut from it and laid out many times while it is fitted. */
export type Paragraph = { text: string; levels: EmbeddingLevels; faces: Face[] }

/** Characters drawn in one go, left to right, in the order fontkit must receive them to put them in that order. */
export type Run = { text: string; face: Face }

export function paragraph(text: string, dir: 'ltr' | 'rtl'): Paragraph {
  // Fonts hold precomposed letters, which a name typed with combining accents would miss; stray spaces would only become gaps.
  const normalized = text.normalize('NFC').replace(/\s+/g, ' ').trim()
  const faces: Face[] = []
  for (const char of normalized) {
    const face = faceFor(char, faces.at(-1))
    // One entry per UTF-16 unit, as bidi-js counts.
    for (let unit = 0; unit < char.length; unit++) faces.push(face)
  }
  return { text: normalized, levels: bidi.getEmbeddingLevels(normalized, dir), faces }
}

/**
 * fontkit shapes a run and, when its first letter is from a right-to-left
 * script, reverses it, whatever the bidi level. So Arabic words come out
 * right; but Arabic-Indic digits inside a left-to-right level, or
 * punctuation alone inside a right-to-left level, must be reversed here.
 */
function fontkitReverses(text: string): boolean {
  const first = [...text].find((char) => !hasNoScript(char))
  return first !== undefined && isArabic(first)
}

/** The runs of text[start, end) in visual order, left to right. */
export function visualRuns({ text, levels, faces }: Paragraph, start: number, end: number): Run[] {
  const order = bidi.getReorderedIndices(text, levels, start, end - 1).slice(start, end)
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels, start, end - 1)
  const groups: number[][] = []
  for (const index of order) {
    const group = groups.at(-1)
    const last = group?.at(-1)
    if (group && last !== undefined && Math.abs(index - last) === 1 && faces[index] === faces[last] && levels.levels[index] === levels.levels[last]) group.push(index)
    else groups.push([index])
  }
  return groups.map((group) => {
    const first = Math.min(...group)
    const logical = Array.from({ length: group.length }, (_, offset) => mirrored.get(first + offset) ?? text[first + offset]).join('')
    const rightToLeft = levels.levels[first] % 2 === 1
    return { text: fontkitReverses(logical) === rightToLeft ? logical : [...logical].reverse().join(''), face: faces[first] }
  })
}
