import { fontName, type Weight } from './fonts'
import { type Paragraph, paragraph, type Run, visualRuns } from './visual-runs'

export type TextStyle = { size: number; weight: Weight; color: string; maxLines: number }

/** `text` is the line in reading order; `runs` are what is drawn, left to right. */
type Line = { text: string; runs: Run[]; widths: number[]; width: number; height: number }

/** Lines cut to a width, at the size that let them fit. */
export type TextBlock = { lines: Line[]; size: number; weight: Weight; color: string; height: number }

// Below this a printed certificate stops being readable; past it a block may overflow rather than vanish.
const SMALLEST_SIZE = 6

function useFont(doc: PDFKit.PDFDocument, run: Run, size: number, weight: Weight): PDFKit.PDFDocument {
  return doc.font(fontName(run.face, weight)).fontSize(size)
}

function measure(doc: PDFKit.PDFDocument, text: string, runs: Run[], size: number, weight: Weight): Line {
  const widths = runs.map((run) => useFont(doc, run, size, weight).widthOfString(run.text))
  // Naskh needs more room below the baseline than Noto Sans, so a line is as tall as its tallest face.
  const height = Math.max(0, ...runs.map((run) => useFont(doc, run, size, weight).currentLineHeight()))
  return { text, runs, widths, width: widths.reduce((sum, width) => sum + width, 0), height }
}

/** Greedy breaks at spaces, in reading order; each line is then put in visual order by itself, as the bidi algorithm asks. */
function wrap(doc: PDFKit.PDFDocument, text: Paragraph, size: number, weight: Weight, maxWidth: number): Line[] {
  const lineAt = (start: number, end: number) => measure(doc, text.text.slice(start, end), visualRuns(text, start, end), size, weight)
  const ends = [...text.text.matchAll(/ /g)].map((match) => match.index).concat(text.text.length)
  const lines: Line[] = []
  let start = 0
  let end = -1
  for (const candidate of ends) {
    if (end >= start && lineAt(start, candidate).width > maxWidth) {
      lines.push(lineAt(start, end))
      start = end + 1
    }
    end = candidate
  }
  lines.push(lineAt(start, end))
  return lines
}

/** The text at its style's size, or smaller until it fits maxWidth in at most maxLines lines. */
export function fitText(doc: PDFKit.PDFDocument, text: string, dir: 'ltr' | 'rtl', style: TextStyle, maxWidth: number): TextBlock {
  const analysed = paragraph(text, dir)
  let size = style.size
  let lines = wrap(doc, analysed, size, style.weight, maxWidth)
  while (size > SMALLEST_SIZE && (lines.length > style.maxLines || lines.some((line) => line.width > maxWidth))) {
    size = Math.max(SMALLEST_SIZE, size - 0.5)
    lines = wrap(doc, analysed, size, style.weight, maxWidth)
  }
  return { lines, size, weight: style.weight, color: style.color, height: lines.reduce((sum, line) => sum + line.height, 0) }
}

export type Box = { x: number; width: number; align: 'left' | 'right' | 'center' }

/**
 * Draws the block from its top edge. Every run is placed by its top, which
 * puts all runs of a line on one baseline because all the Noto faces here
 * share one ascender (1069/1000 em).
 */
export function drawText(doc: PDFKit.PDFDocument, block: TextBlock, box: Box, top: number): void {
  let y = top
  for (const line of block.lines) {
    const slack = box.width - line.width
    let x = box.x + (box.align === 'left' ? 0 : box.align === 'right' ? slack : slack / 2)
    // Copying, searching and screen readers get the line as written: glyphs alone would give it in visual order, and
    // Noto Naskh draws the dots apart, so one dotless glyph stands for several letters (ب ت ث ن ي).
    doc.markContent('Span', { actual: line.text })
    line.runs.forEach((run, index) => {
      // pdfkit shapes a run word by word and keeps the words in the order given, which would undo an Arabic run holding a space;
      // none does: the Arabic subset's range leaves spaces out, so they fall to Noto Sans.
      useFont(doc, run, block.size, block.weight).fillColor(block.color).text(run.text, x, y, { lineBreak: false })
      x += line.widths[index]
    })
    doc.endMarkedContent()
    y += line.height
  }
}
