import { z } from 'zod'

/**
 * Form text bounded the way Payload (maxLength) and the browser (the
 * maxlength attribute) bound it: in UTF-16 code units. Zod's max counts
 * characters, so a name of 61 emoji passed the form and failed in the
 * database. This counts as they do, so the form says "too long" instead.
 */
export function storedText(max: number) {
  return z.string().trim().refine((value) => value.length <= max, 'form.error.tooLong')
}
