export type SvgSize = { width: number; height: number }

/** A length in pixels: a plain number or one in px; other units (%, em, mm) give no size of their own. */
function pixels(value: string | undefined): number | null {
  const match = value?.match(/^\s*\+?(\d*\.?\d+(?:e[+-]?\d+)?)\s*(?:px)?\s*$/i)
  const length = match ? Number(match[1]) : Number.NaN
  return Number.isFinite(length) && length > 0 ? length : null
}

function viewBox(value: string | undefined): SvgSize | null {
  const parts =
    value
      ?.trim()
      .split(/[\s,]+/)
      .map(Number) ?? []
  if (parts.length !== 4 || !parts.every(Number.isFinite) || parts[2] <= 0 || parts[3] <= 0) return null
  return { width: parts[2], height: parts[3] }
}

const whole = (n: number) => Math.max(1, Math.round(n))

/**
 * The size an SVG is drawn at when nothing else says: its width and height
 * in pixels, the one given with the viewBox's proportions for the other, or
 * the viewBox itself. A logo saved as `width="100%"` has only its viewBox to
 * go by; one with neither has no proportions at all (null).
 */
export function intrinsicSize(root: Record<string, string>): SvgSize | null {
  const box = viewBox(root.viewBox)
  const width = pixels(root.width)
  const height = pixels(root.height)
  if (width && height) return { width: whole(width), height: whole(height) }
  if (!box) return null
  if (width) return { width: whole(width), height: whole((width * box.height) / box.width) }
  if (height) return { width: whole((height * box.width) / box.height), height: whole(height) }
  return { width: whole(box.width), height: whole(box.height) }
}
