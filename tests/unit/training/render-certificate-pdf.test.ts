import { describe, expect, it } from 'vitest'
import { type CertificateInput, renderCertificatePdf } from '../../../src/services/training/render-certificate-pdf'
import { decodeQr } from './decode-qr'
import { type PdfText, readPdf } from '../../helpers/read-pdf'

const PAGE_WIDTH = 841.89
// Widths read back from a PDF leave out kerning, so a right edge is only known to a point or two.
const KERNING_SLACK = 2

const english: CertificateInput = {
  dir: 'ltr',
  lang: 'en',
  networkName: 'Strong Cities Network',
  labels: {
    heading: 'Certificate of completion',
    awardedTo: 'This certifies that',
    forCompleting: 'has completed the training module',
    issuedOn: 'Issued on',
    code: 'Certificate code',
    verifyAt: 'Verify this certificate at',
  },
  learnerName: 'Ada Lovelace',
  moduleTitle: 'Preventing violent extremism at the local level',
  issuedOn: '15 March 2025',
  code: 'SC-7F3K-29QD',
  verifyUrl: 'https://hub.example.org/en/certificates/SC-7F3K-29QD',
}

const french: CertificateInput = {
  ...english,
  lang: 'fr',
  networkName: 'Réseau des villes fortes',
  labels: {
    heading: 'Certificat de réussite',
    awardedTo: 'Ce certificat atteste que',
    forCompleting: 'a suivi avec succès le module de formation',
    issuedOn: 'Délivré le',
    code: 'Code du certificat',
    verifyAt: 'Vérifier ce certificat sur',
  },
  learnerName: 'Émilie Œuvray',
  moduleTitle: 'Prévention de la radicalisation',
  issuedOn: '15 mars 2025',
  verifyUrl: 'https://hub.example.org/fr/certificates/SC-7F3K-29QD',
}

const arabic: CertificateInput = {
  ...english,
  dir: 'rtl',
  lang: 'ar',
  networkName: 'شبكة المدن القوية',
  labels: {
    heading: 'شهادة إتمام',
    awardedTo: 'تشهد هذه الوثيقة بأن',
    forCompleting: 'أتمّ الوحدة التدريبية',
    issuedOn: 'تاريخ الإصدار',
    code: 'رمز الشهادة',
    verifyAt: 'تحقق من هذه الشهادة على',
  },
  learnerName: 'أحمد أبو طالب',
  moduleTitle: 'الوقاية من التطرف العنيف على المستوى المحلي',
  issuedOn: '١٥ مارس ٢٠٢٥',
  verifyUrl: 'https://hub.example.org/ar/certificates/SC-7F3K-29QD',
}

function groupBy<T, K>(items: T[], key: (item: T) => K): T[][] {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    const group = groups.get(key(item))
    if (group) group.push(item)
    else groups.set(key(item), [item])
  }
  return [...groups.values()]
}

type Line = { y: number; left: number; text: string; runs: PdfText[] }

/** Runs that share a baseline and touch, left to right: what a reader sees as one line. */
function lines(texts: PdfText[]): Line[] {
  return groupBy(texts, (text) => text.y).flatMap((onBaseline) => {
    onBaseline.sort((a, b) => a.x - b.x)
    const touching: PdfText[][] = []
    for (const run of onBaseline) {
      const previous = touching.at(-1)?.at(-1)
      if (previous && run.x - (previous.x + previous.width) < 2) touching.at(-1)!.push(run)
      else touching.push([run])
    }
    return touching.map((runs) => ({ y: runs[0].y, left: runs[0].x, text: runs.map((run) => run.text).join(''), runs }))
  })
}

/**
 * Arabic reduced to what its glyphs can tell. Noto Naskh draws dots and hamza
 * as marks of their own, which map to no text, and one dotless glyph serves
 * ب ت ث ن ي yet maps to only one of them; so letters are compared by their
 * dotless skeleton. (The spans carry the real text.)
 */
const skeleton = (text: string) =>
  [...text.normalize('NFD').replace(/\p{M}/gu, '')]
    .map((char) => ['بتثنيىئ', 'جحخ', 'دذ', 'رز', 'سش', 'صض', 'طظ', 'عغ', 'فق', 'هة'].find((group) => group.includes(char))?.[0] ?? char)
    .join('')
const reversed = (text: string) => [...text].reverse().join('')
/** The line as laid out left to right, for Arabic text given in reading order. */
const visualSkeleton = (text: string) => reversed(skeleton(text))

/** The line that reads `text` once passed through `as`: as is, or as an Arabic skeleton. */
function lineWith(texts: PdfText[], text: string, as = (read: string) => read): Line {
  const all = lines(texts)
  const line = all.find((candidate) => as(candidate.text) === text)
  if (!line) throw new Error(`No line reads ${JSON.stringify(text)}; lines: ${all.map((l) => JSON.stringify(as(l.text))).join(', ')}`)
  return line
}

/** The QR code's modules are the page's most numerous filled rectangles of one height; they are read back in module units. */
function readQrCode(pdf: ReturnType<typeof readPdf>): { text: string | null; left: number } {
  const modules = groupBy(pdf.filledRects, (rect) => rect.height).sort((a, b) => b.length - a.length)[0]
  const size = modules[0].height
  const left = Math.min(...modules.map((rect) => rect.x))
  const top = Math.min(...modules.map((rect) => rect.y))
  const extent = Math.round((Math.max(...modules.map((rect) => rect.x + rect.width)) - left) / size)
  const rects = modules.map((rect) => ({ x: (rect.x - left) / size + 4, y: (rect.y - top) / size + 4, width: rect.width / size, height: 1 }))
  return { text: decodeQr(rects, extent + 8), left }
}

const [englishPdf, frenchPdf, arabicPdf] = await Promise.all([english, french, arabic].map(renderCertificatePdf))

describe('renderCertificatePdf', () => {
  it('makes an A4 landscape PDF titled after the learner, in the certificate’s language', () => {
    expect(englishPdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(englishPdf.toString('latin1')).toContain('/MediaBox [0 0 841.89 595.28]')
    const pdf = readPdf(englishPdf)
    expect(pdf.title).toBe('Certificate of completion – Ada Lovelace')
    expect(pdf.lang).toBe('en')
  })

  it('prints every part on its own line, from the left margin for a left-to-right language', () => {
    const { texts } = readPdf(englishPdf)
    for (const text of [english.networkName, english.labels.heading, english.labels.awardedTo, english.learnerName, english.moduleTitle, english.issuedOn]) {
      expect(lineWith(texts, text).left).toBe(72)
    }
    const code = lineWith(texts, english.code)
    expect(code.left).toBeGreaterThan(lineWith(texts, english.issuedOn).left + 100)
    expect(code.y).toBe(lineWith(texts, english.issuedOn).y)
    expect(lineWith(texts, english.verifyUrl).left).toBeGreaterThan(PAGE_WIDTH / 2)
  })

  it('gives every line its text as written, for copying and screen readers', () => {
    const { spans } = readPdf(englishPdf)
    expect(spans).toEqual([
      english.networkName,
      english.labels.heading,
      english.labels.awardedTo,
      english.learnerName,
      english.labels.forCompleting,
      english.moduleTitle,
      english.labels.issuedOn,
      english.issuedOn,
      english.labels.code,
      english.code,
      english.labels.verifyAt,
      english.verifyUrl,
    ])
  })

  it('draws a QR code, on the end side, that opens the verification page', () => {
    const qr = readQrCode(readPdf(englishPdf))
    expect(qr.text).toBe(english.verifyUrl)
    expect(qr.left).toBeGreaterThan(PAGE_WIDTH / 2)
  })

  it('has a glyph for every letter of French and other Latin-script names', async () => {
    const pdf = readPdf(frenchPdf)
    expect(pdf.title).toBe('Certificat de réussite – Émilie Œuvray')
    expect(lineWith(pdf.texts, 'Émilie Œuvray')).toBeDefined()
    expect(lineWith(pdf.texts, 'Prévention de la radicalisation')).toBeDefined()
    const polish = readPdf(await renderCertificatePdf({ ...french, learnerName: 'Łukasz Żółć' }))
    expect(lineWith(polish.texts, 'Łukasz Żółć')).toBeDefined()
    // Glyph 0 is the missing-glyph box; it still maps to the character, so only its code gives it away.
    for (const { texts } of [pdf, polish]) expect(texts.flatMap((text) => text.glyphs.map((glyph) => glyph.code))).not.toContain(0)
  })
})

describe('renderCertificatePdf in Arabic', () => {
  const pdf = readPdf(arabicPdf)

  it('is titled in Arabic and tagged as Arabic', () => {
    expect(pdf.title).toBe('شهادة إتمام – أحمد أبو طالب')
    expect(pdf.lang).toBe('ar')
  })

  it('gives every line its text as written', () => {
    expect(pdf.spans).toEqual(expect.arrayContaining([arabic.labels.heading, arabic.learnerName, arabic.moduleTitle, arabic.issuedOn, arabic.code, arabic.verifyUrl]))
  })

  it('sets the name right to left against the right margin', () => {
    const name = lineWith(pdf.texts, visualSkeleton(arabic.learnerName), skeleton)
    const right = Math.max(...name.runs.map((run) => run.x + run.width))
    expect(name.left).toBeGreaterThan(PAGE_WIDTH / 2)
    expect(Math.abs(right - (PAGE_WIDTH - 72))).toBeLessThan(KERNING_SLACK)
    expect(name.runs.filter((run) => run.text.trim() !== '').every((run) => run.font.includes('NotoNaskhArabic'))).toBe(true)
  })

  it('joins letters: ب takes one glyph to start أبو and another to end طالب', () => {
    const name = lineWith(pdf.texts, visualSkeleton(arabic.learnerName), skeleton)
    const beh = name.runs.flatMap((run) => run.glyphs).filter((glyph) => skeleton(glyph.text) === 'ب')
    expect(beh).toHaveLength(2)
    // Unjoined, both would be the one isolated ب.
    expect(new Set(beh.map((glyph) => glyph.code)).size).toBe(2)
  })

  it('keeps Arabic-Indic digits left to right inside right-to-left text', () => {
    expect(lineWith(pdf.texts, `٢٠٢٥ ${reversed('مارس')} ١٥`)).toBeDefined()
  })

  it('keeps the code and the URL left to right', () => {
    expect(lineWith(pdf.texts, arabic.code)).toBeDefined()
    expect(lineWith(pdf.texts, arabic.verifyUrl)).toBeDefined()
  })

  it('mirrors the layout: QR code on the left', () => {
    const qr = readQrCode(pdf)
    expect(qr.text).toBe(arabic.verifyUrl)
    expect(qr.left).toBeLessThan(PAGE_WIDTH / 2)
  })
})

describe('renderCertificatePdf with mixed scripts', () => {
  it('sets a Latin name on an Arabic certificate left to right, still against the right margin', async () => {
    const { texts } = readPdf(await renderCertificatePdf({ ...arabic, learnerName: 'Émilie Œuvray' }))
    const name = lineWith(texts, 'Émilie Œuvray')
    expect(name.runs.every((run) => run.font.includes('NotoSans'))).toBe(true)
    expect(Math.abs(name.runs[0].x + name.runs[0].width - (PAGE_WIDTH - 72))).toBeLessThan(KERNING_SLACK)
  })

  it('orders Latin words and brackets inside an Arabic title, on one baseline', async () => {
    const { texts } = readPdf(await renderCertificatePdf({ ...arabic, moduleTitle: 'وحدة (Module 3) للتدريب' }))
    // Read right to left: وحدة, then the bracketed Latin, then للتدريب; the brackets are mirrored to face their content.
    const title = lineWith(texts, `${visualSkeleton('للتدريب')} (Module 3) ${visualSkeleton('وحدة')}`, skeleton)
    expect(title.runs.some((run) => run.font.includes('NotoSans'))).toBe(true)
    expect(title.runs.some((run) => run.font.includes('NotoNaskhArabic'))).toBe(true)
  })

  it('sets an Arabic name on an English certificate right to left, from the left margin', async () => {
    const { texts } = readPdf(await renderCertificatePdf({ ...english, learnerName: arabic.learnerName }))
    expect(lineWith(texts, visualSkeleton(arabic.learnerName), skeleton).left).toBe(72)
  })
})
