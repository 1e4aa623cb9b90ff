import PDFDocument from 'pdfkit'
import { DEFAULT_PRIMARY } from '../../content/brand'
import { darkRuns, qrMatrix } from '../../content/qr/qr-matrix'
import { certificateFonts } from './certificate-pdf/fonts'
import { type Box, drawText, fitText, type TextStyle } from './certificate-pdf/text-block'

export type CertificateInput = {
  dir: 'ltr' | 'rtl'
  /** BCP 47 tag, e.g. 'ar'. */
  lang: string
  networkName: string
  labels: { heading: string; awardedTo: string; forCompleting: string; issuedOn: string; code: string; verifyAt: string }
  learnerName: string
  moduleTitle: string
  /** Already formatted in the certificate's language. */
  issuedOn: string
  code: string
  verifyUrl: string
}

const INK = '#1b1f24'
const MUTED = '#59636e'

// A4 landscape, in points.
const PAGE = { width: 841.89, height: 595.28 }
const MARGIN = 72
const QR_COLUMN = 200
const COLUMN_GAP = 36
const TEXT_WIDTH = PAGE.width - 2 * MARGIN - QR_COLUMN - COLUMN_GAP
const QR_SIZE = 128
// The lowest text line ends here, clear of the border band.
const BOTTOM = PAGE.height - 64
const FOOTER_TOP = 448
const FOOTER_COLUMN = 200

// Each block shrinks rather than take more lines than this; at that many lines, and in Naskh's tall ones, the column
// still ends above FOOTER_TOP, so text runs into other text only if it cannot fit even at the smallest size.
const style = {
  network: { size: 11, weight: 700, color: DEFAULT_PRIMARY, maxLines: 1 },
  heading: { size: 30, weight: 700, color: INK, maxLines: 1 },
  lead: { size: 12, weight: 400, color: MUTED, maxLines: 1 },
  name: { size: 30, weight: 700, color: DEFAULT_PRIMARY, maxLines: 1 },
  module: { size: 18, weight: 700, color: INK, maxLines: 3 },
  label: { size: 9.5, weight: 400, color: MUTED, maxLines: 1 },
  value: { size: 13, weight: 700, color: INK, maxLines: 1 },
  url: { size: 8.5, weight: 400, color: INK, maxLines: 1 },
} satisfies Record<string, TextStyle>

function drawBorder(doc: PDFKit.PDFDocument): void {
  doc
    .lineWidth(8)
    .rect(22, 22, PAGE.width - 44, PAGE.height - 44)
    .stroke(DEFAULT_PRIMARY)
  doc
    .lineWidth(0.75)
    .rect(34, 34, PAGE.width - 68, PAGE.height - 68)
    .stroke(DEFAULT_PRIMARY)
}

/** The reading column: on the left for left-to-right languages, mirrored on the right for right-to-left ones. */
function drawBody(doc: PDFKit.PDFDocument, input: CertificateInput): void {
  const rtl = input.dir === 'rtl'
  const column: Box = { x: rtl ? PAGE.width - MARGIN - TEXT_WIDTH : MARGIN, width: TEXT_WIDTH, align: rtl ? 'right' : 'left' }
  let y = 78
  const block = (text: string, textStyle: TextStyle, gapAfter: number, dir = input.dir) => {
    const fitted = fitText(doc, text, dir, textStyle, column.width)
    drawText(doc, fitted, column, y)
    y += fitted.height + gapAfter
  }
  block(input.networkName, style.network, 6)
  block(input.labels.heading, style.heading, 10)
  doc.rect(rtl ? column.x + column.width - 48 : column.x, y, 48, 3).fill(DEFAULT_PRIMARY)
  y += 22
  block(input.labels.awardedTo, style.lead, 2)
  block(input.learnerName, style.name, 16)
  block(input.labels.forCompleting, style.lead, 2)
  block(input.moduleTitle, style.module, 0)

  const footer = (index: number, label: string, value: string, valueDir: 'ltr' | 'rtl') => {
    const offset = index * (FOOTER_COLUMN + 24)
    const box: Box = { ...column, x: rtl ? column.x + column.width - offset - FOOTER_COLUMN : column.x + offset, width: FOOTER_COLUMN }
    const labelBlock = fitText(doc, label, input.dir, style.label, box.width)
    drawText(doc, labelBlock, box, FOOTER_TOP)
    drawText(doc, fitText(doc, value, valueDir, style.value, box.width), box, FOOTER_TOP + labelBlock.height)
  }
  footer(0, input.labels.issuedOn, input.issuedOn, input.dir)
  // Codes are identifiers read left to right in every language.
  footer(1, input.labels.code, input.code, 'ltr')
}

/** The code in the end column, with the address it opens printed under it for anyone without a camera. */
function drawVerification(doc: PDFKit.PDFDocument, input: CertificateInput): void {
  const box: Box = { x: input.dir === 'rtl' ? MARGIN : PAGE.width - MARGIN - QR_COLUMN, width: QR_COLUMN, align: 'center' }
  const url = fitText(doc, input.verifyUrl, 'ltr', style.url, box.width)
  const label = fitText(doc, input.labels.verifyAt, input.dir, style.label, box.width)
  const matrix = qrMatrix(input.verifyUrl)
  const module = QR_SIZE / matrix.length
  // The page around the symbol is its quiet zone: four modules before the first line of text.
  const labelTop = BOTTOM - url.height - label.height
  const qrTop = labelTop - 4 * module - QR_SIZE
  const qrLeft = box.x + (box.width - QR_SIZE) / 2
  for (const run of darkRuns(matrix)) doc.rect(qrLeft + run.col * module, qrTop + run.row * module, run.length * module, module)
  doc.fill(INK)
  drawText(doc, label, box, labelTop)
  drawText(doc, url, box, labelTop + label.height)
}

/** The certificate as an A4 landscape PDF; every word comes translated from the caller. */
export function renderCertificatePdf(input: CertificateInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    lang: input.lang,
    displayTitle: true,
    info: { Title: `${input.labels.heading} – ${input.learnerName}` },
  })
  for (const [name, file] of certificateFonts()) doc.registerFont(name, file)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  drawBorder(doc)
  drawBody(doc, input)
  drawVerification(doc, input)
  doc.end()
  return done
}
