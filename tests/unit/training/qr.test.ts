import { describe, expect, it } from 'vitest'
import { darkRuns, qrMatrix } from '../../../src/content/qr/qr-matrix'
import { QR_QUIET_ZONE, qrSvg } from '../../../src/content/qr/qr-svg'
import { decodeQr, type ModuleRect } from './decode-qr'

const url = 'https://hub.example.org/ar/certificates/SC-7F3K-29QD'

/** The rectangles an SVG path of closed M/h/v/H/V/l/L subpaths encloses: each subpath's bounding box. */
function pathRects(d: string): ModuleRect[] {
  const rects: ModuleRect[] = []
  let x = 0
  let y = 0
  let points: [number, number][] = []
  const close = () => {
    if (points.length === 0) return
    const xs = points.map(([px]) => px)
    const ys = points.map(([, py]) => py)
    rects.push({ x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) })
    points = []
  }
  for (const [, command, args] of d.matchAll(/([MmHhVvLlZz])([^MmHhVvLlZz]*)/g)) {
    const n =
      args.trim() === ''
        ? []
        : args
            .trim()
            .split(/[\s,]+/)
            .map(Number)
    if ('Mm'.includes(command)) close()
    if (command === 'M' || command === 'L') [x, y] = n
    if (command === 'm' || command === 'l') [x, y] = [x + n[0], y + n[1]]
    if (command === 'H') x = n[0]
    if (command === 'h') x += n[0]
    if (command === 'V') y = n[0]
    if (command === 'v') y += n[0]
    if ('Zz'.includes(command)) close()
    else points.push([x, y])
  }
  close()
  return rects
}

describe('qrMatrix', () => {
  it('reads back as the exact URL', () => {
    const matrix = qrMatrix(url)
    const rects = matrix.flatMap((cells, row) => cells.flatMap((dark, col) => (dark ? [{ x: col + 4, y: row + 4, width: 1, height: 1 }] : [])))
    expect(decodeQr(rects, matrix.length + 8)).toBe(url)
  })

  it('gathers every dark module, and only those, into runs', () => {
    const matrix = qrMatrix(url)
    const painted = matrix.map((cells) => cells.map(() => false))
    for (const { row, col, length } of darkRuns(matrix)) for (let c = col; c < col + length; c++) painted[row][c] = true
    expect(painted).toEqual(matrix)
  })
})

describe('qrSvg', () => {
  it('draws one path that reads back as the exact URL, quiet zone included', () => {
    const { size, d } = qrSvg(url)
    expect(size).toBe(qrMatrix(url).length + 2 * QR_QUIET_ZONE)
    const rects = pathRects(d)
    expect(decodeQr(rects, size)).toBe(url)
    // Nothing dark in the quiet zone.
    for (const rect of rects) {
      expect(Math.min(rect.x, rect.y)).toBeGreaterThanOrEqual(QR_QUIET_ZONE)
      expect(Math.max(rect.x + rect.width, rect.y + rect.height)).toBeLessThanOrEqual(size - QR_QUIET_ZONE)
    }
  })

  it('holds nothing but path commands, so it can sit in a d attribute as it is', () => {
    expect(qrSvg(url).d).toMatch(/^[MhvzHV\d .-]+$/)
  })
})
