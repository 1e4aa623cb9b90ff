export type CsvCell = string | number | null

// A spreadsheet runs text starting with these as a formula, so an export could carry an attack.
const formulaStart = /^[=+\-@\t\r]/

function csvField(cell: CsvCell): string {
  if (cell === null) return ''
  if (typeof cell === 'number') return String(cell)
  const text = formulaStart.test(cell) ? `'${cell}` : cell
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** RFC 4180 CSV. The byte order mark makes spreadsheets read it as UTF-8, so Arabic shows correctly. */
export function renderCsv(header: string[], rows: CsvCell[][]): string {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('')
}
