import { dictionary } from '@zxcvbn-ts/language-common'
import { z } from 'zod'

// About 49,000 passwords seen in breaches, shipped with the app: no lookup leaves the server.
const common = new Set((dictionary as Record<string, string[]>)['passwords-common'].map((p) => p.toLowerCase()))

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase()
  return common.has(lower) || common.has(lower.replace(/\d+$/, '')) || /^(.)\1+$/.test(lower)
}

export const ZPasswordSchema = z
  .string({ message: 'form.error.passwordShort' })
  .min(12, 'form.error.passwordShort')
  .max(200, 'form.error.tooLong')
  .refine((p) => !isCommonPassword(p), 'form.error.passwordCommon')
