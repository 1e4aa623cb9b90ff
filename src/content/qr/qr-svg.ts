import { darkRuns, qrMatrix } from './qr-matrix'

/** Scanners need four light modules around the symbol (ISO/IEC 18004). */
export const QR_QUIET_ZONE = 4

/**
 * A QR code as one SVG path in module units, quiet zone included, for
 * `<svg viewBox="0 0 {size} {size}"><path fill="currentColor" d={d}/></svg>`:
 * one path keeps the markup small and needs no inline style, which the CSP forbids.
 */
export function qrSvg(text: string): { size: number; d: string } {
  const matrix = qrMatrix(text)
  const d = darkRuns(matrix)
    .map(({ row, col, length }) => `M${col + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${length}v1h-${length}z`)
    .join('')
  return { size: matrix.length + 2 * QR_QUIET_ZONE, d }
}
