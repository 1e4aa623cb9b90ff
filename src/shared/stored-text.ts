import { z } from 'zod'

// People type no control characters but line breaks and tabs, and PostgreSQL cannot store a NUL at all.
const typed = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/

/** Whether text holds a character nobody types; no stored address, token or name has one. */
export const hasControlCharacters = (value: string) => !typed.test(value)

/**
 * Form text as the database can keep it: bounded the way Payload (maxLength)
 * and the browser (the maxlength attribute) bound it, in UTF-16 code units,
 * where zod's max counts characters, so a name of 61 emoji passed the form
 * and failed in the database; and free of control characters.
 */
export function storedText(max: number) {
  return z
    .string()
    .trim()
    .regex(typed, 'form.error.invalid')
    .refine((value) => value.length <= max, 'form.error.tooLong')
}
