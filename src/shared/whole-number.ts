/** A thousands separator as people type it: a space (plain, no-break or narrow), a comma, a point, an apostrophe, or the Arabic one. */
const separator = "[ \\u00a0\\u202f,.'’\\u066c]"
const grouped = new RegExp(`^\\d{1,3}(${separator})\\d{3}(?:\\1\\d{3})*$`)

/**
 * A whole number as people write it in each of the hub's languages:
 * "250000", "250 000", "250,000", "250.000" or "٢٥٠٬٠٠٠". The separator must
 * group thousands, the same one throughout, so "2.5" or "25,00" is not taken
 * for a number it may not mean. NaN when the text is not such a number.
 */
export function parseWholeNumber(text: string): number {
  const digits = text.trim().replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf))
  if (/^\d+$/.test(digits)) return Number(digits)
  return grouped.test(digits) ? Number(digits.replace(/\D/g, '')) : Number.NaN
}
