import { create } from 'qrcode'

/** A QR code's modules, row by row, true where dark; the quiet zone around it is the drawer's job. */
export type QrMatrix = readonly (readonly boolean[])[]

/** A horizontal stretch of dark modules, so drawers emit one rectangle per stretch instead of one per module. */
export type QrRun = { row: number; col: number; length: number }

/** Level M survives a crease or a smudge on a printed certificate and still fits a verification URL in a small symbol. */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  return Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, col) => modules.get(row, col) === 1))
}

export function darkRuns(matrix: QrMatrix): QrRun[] {
  const runs: QrRun[] = []
  matrix.forEach((cells, row) => {
    let col = 0
    while (col < cells.length) {
      if (!cells[col]) {
        col++
        continue
      }
      const start = col
      while (col < cells.length && cells[col]) col++
      runs.push({ row, col: start, length: col - start })
    }
  })
  return runs
}
