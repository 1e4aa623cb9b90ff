import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { hasNoScript, isArabic } from './unicode-script'
import { woffToSfnt } from './woff-to-sfnt'

/**
 * The font files a certificate can draw with. Fontsource ships each font cut
 * into subsets by Unicode range, so each subset is a face of its own here,
 * and a character goes to the face whose range holds it, as a browser would.
 */
export type Face = 'latin' | 'latin-ext' | 'arabic'
export type Weight = 400 | 700

const packageOf: Record<Face, string> = { latin: 'noto-sans', 'latin-ext': 'noto-sans', arabic: 'noto-naskh-arabic' }
const faces = Object.keys(packageOf) as Face[]
const weights: Weight[] = [400, 700]

const require = createRequire(import.meta.url)

type Range = [first: number, last: number]

/** 'U+0000-00FF,U+0131' as code point ranges. */
function parseUnicodeRange(text: string): Range[] {
  return text.split(',').map((part) => {
    const [first, last = first] = part.replace('U+', '').split('-')
    return [Number.parseInt(first, 16), Number.parseInt(last, 16)]
  })
}

const rangesOf = Object.fromEntries(
  faces.map((face) => [face, parseUnicodeRange((require(`@fontsource/${packageOf[face]}/unicode.json`) as Record<Face, string>)[face])]),
) as Record<Face, Range[]>

const covers = (face: Face, codePoint: number) => rangesOf[face].some(([first, last]) => codePoint >= first && codePoint <= last)

/** The face to draw a character in, given the face of the character before it. */
export function faceFor(char: string, previous: Face | undefined): Face {
  if (isArabic(char)) return 'arabic'
  const codePoint = char.codePointAt(0)!
  // A mark stays on its letter, and punctuation with its word, wherever the face allows.
  if (previous && hasNoScript(char) && covers(previous, codePoint)) return previous
  // Nothing here draws the character (say, Chinese): Noto Sans shows its missing-glyph box.
  return faces.find((face) => covers(face, codePoint)) ?? 'latin'
}

export const fontName = (face: Face, weight: Weight) => `${face}-${weight}`

let fontFiles: Map<string, Buffer> | undefined

/** Every face in every weight, read once per process; pdfkit embeds only the glyphs a document uses. */
export function certificateFonts(): Map<string, Buffer> {
  fontFiles ??= new Map(
    faces.flatMap((face) =>
      weights.map((weight) => [
        fontName(face, weight),
        // WOFF2 would be smaller, but fontkit fails to subset its transformed glyph tables.
        woffToSfnt(readFileSync(require.resolve(`@fontsource/${packageOf[face]}/files/${packageOf[face]}-${face}-${weight}-normal.woff`))),
      ]),
    ),
  )
  return fontFiles
}
