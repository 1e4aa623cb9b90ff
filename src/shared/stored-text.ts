import { z } from 'zod'

/**
 * Form text bounded the way Payload bounds what it stores. Payload's
 * maxLength counts UTF-16 code units; zod's max counts characters, so a name
 * of 61 emoji passed the form and failed in the database. This counts as
 * Payload does, so the form says "too long" instead.
 */
export function storedText(max: number) {
  return z.string().trim().refine((value) => value.length <= max, 'form.error.tooLong')
}
