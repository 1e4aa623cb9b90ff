import { inflateSync } from 'node:zlib'

/** One BT…ET block as pdfkit writes it: one run of text in one font, placed at its origin (PDF space, y up); its width leaves out kerning. */
export type PdfText = { x: number; y: number; width: number; font: string; size: number; glyphs: { code: number; text: string }[]; text: string }
/** A rectangle painted with a fill, in pdfkit's top-left space. */
export type PdfRect = { x: number; y: number; width: number; height: number }
/** `spans` holds the ActualText of each marked span: the text as written, for copying and screen readers. */
export type ReadPdf = { title: string; lang: string; texts: PdfText[]; spans: string[]; filledRects: PdfRect[] }

type Font = { base: string; unicode: Map<number, string>; widths: number[] }

type PdfObject = { dict: string; stream?: Buffer }

/**
 * Just enough of a PDF reader for pdfkit's own output, one page, so tests can
 * check what was drawn rather than how pdfkit was called: glyph codes are read
 * back into text through each font's ToUnicode map.
 */
export function readPdf(pdf: Buffer): ReadPdf {
  const objects = readObjects(pdf)
  const get = (dict: string, key: string) => new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]
  const object = (id: string | undefined) => objects.get(Number(id))!
  const trailer = pdf.toString('latin1', pdf.lastIndexOf('trailer'))
  const catalog = object(get(trailer, 'Root')).dict
  const info = object(get(trailer, 'Info')).dict
  const page = [...objects.values()].find((o) => /\/Type \/Page\b/.test(o.dict))!.dict
  const resources = object(get(page, 'Resources')).dict
  const fonts = new Map(
    [...resources.matchAll(/\/(F\d+) (\d+) 0 R/g)].map(([, name, id]) => {
      const font = object(id).dict
      const descendant = object(/\/DescendantFonts \[(\d+) 0 R\]/.exec(font)![1]).dict
      return [
        name,
        {
          base: /\/BaseFont \/(\S+)/.exec(font)![1],
          unicode: toUnicode(object(get(font, 'ToUnicode')).stream!.toString('latin1')),
          widths: /\/W \[0 \[([\d. ]*)\]\]/.exec(descendant)![1].split(' ').map(Number),
        },
      ]
    }),
  )
  const content = object(get(page, 'Contents')).stream!.toString('latin1')
  return {
    title: decodeTextString(pdfString(object(get(info, 'Title')).dict)),
    lang: decodeTextString(/\/Lang (\(.*?\))/.exec(catalog)![1]),
    texts: readTexts(content, fonts),
    spans: [...content.matchAll(/\/ActualText (\((?:\\[\s\S]|[^\\)])*\))/g)].map(([, literal]) => decodeTextString(literal)),
    filledRects: readFilledRects(content),
  }
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const source = pdf.toString('latin1')
  const objects = new Map<number, PdfObject>()
  const start = /(\d+) 0 obj\n/g
  for (let match = start.exec(source); match; match = start.exec(source)) {
    const bodyStart = match.index + match[0].length
    const streamAt = source.indexOf('\nstream\n', bodyStart)
    const endAt = source.indexOf('\nendobj', bodyStart)
    if (streamAt !== -1 && streamAt < endAt) {
      const dict = source.slice(bodyStart, streamAt)
      const length = Number(/\/Length (\d+)/.exec(dict)![1])
      const raw = pdf.subarray(streamAt + 8, streamAt + 8 + length)
      objects.set(Number(match[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw })
      start.lastIndex = streamAt + 8 + length
    } else {
      objects.set(Number(match[1]), { dict: source.slice(bodyStart, endAt) })
    }
  }
  return objects
}

/** pdfkit writes one bfrange per 256 glyphs: `<first> <last> [<utf16> …]`. */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>()
  for (const [, first, list] of cmap.matchAll(/<([0-9a-f]+)> <[0-9a-f]+> \[(.*?)\]/g)) {
    ;[...list.matchAll(/<([0-9a-f ]*)>/g)].forEach(([, hex], offset) => {
      const units = hex.replace(/ /g, '').match(/.{4}/g) ?? []
      map.set(Number.parseInt(first, 16) + offset, String.fromCharCode(...units.map((unit) => Number.parseInt(unit, 16))))
    })
  }
  return map
}

function readTexts(content: string, fonts: Map<string, Font>): PdfText[] {
  return [...content.matchAll(/BT\n([\s\S]*?)\nET/g)].map(([, block]) => {
    const [, x, y] = /1 0 0 1 (\S+) (\S+) Tm/.exec(block)!
    const [, name, size] = /\/(F\d+) (\S+) Tf/.exec(block)!
    const font = fonts.get(name)!
    const glyphs = [...block.matchAll(/<([0-9a-f]+)>/g)]
      .flatMap(([, hex]) => hex.match(/.{4}/g)!)
      .map((hex) => {
        const code = Number.parseInt(hex, 16)
        return { code, text: font.unicode.get(code) ?? '' }
      })
    const width = (glyphs.reduce((sum, glyph) => sum + font.widths[glyph.code], 0) * Number(size)) / 1000
    return { x: Number(x), y: Number(y), width, font: font.base, size: Number(size), glyphs, text: glyphs.map((glyph) => glyph.text).join('') }
  })
}

function readFilledRects(content: string): PdfRect[] {
  const filled: PdfRect[] = []
  let path: PdfRect[] = []
  for (const line of content.split('\n')) {
    const rect = /^(\S+) (\S+) (\S+) (\S+) re$/.exec(line)
    if (rect) path.push({ x: Number(rect[1]), y: Number(rect[2]), width: Number(rect[3]), height: Number(rect[4]) })
    else if (line === 'f') filled.push(...path.splice(0))
    else if (/^[SsBbn]$/.test(line)) path = []
  }
  return filled
}

/** The literal string that makes up an object, e.g. `(\376\377…)`, parenthesised. */
function pdfString(body: string): string {
  return body.slice(body.indexOf('('), body.lastIndexOf(')') + 1)
}

/** A PDF text string: escapes undone, then UTF-16BE if it starts with a byte order mark. */
function decodeTextString(literal: string): string {
  const bytes = literal
    .slice(1, -1)
    .replace(/\\([0-7]{1,3}|.)/g, (_, escaped: string) =>
      /^[0-7]/.test(escaped) ? String.fromCharCode(Number.parseInt(escaped, 8)) : (({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[escaped] ?? escaped),
    )
  const buffer = Buffer.from(bytes, 'latin1')
  return buffer[0] === 0xfe && buffer[1] === 0xff ? buffer.subarray(2).swap16().toString('utf16le') : bytes
}
