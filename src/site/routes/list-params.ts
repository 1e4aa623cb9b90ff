import { z } from 'zod'
import { eventTypes } from '../../cms/collections/Events/event-types'
import { newsTypes } from '../../services/news/news-types'
import { type Locale, localeCodes } from '../../content/locales'
import { moduleLevels } from '../../content/training/vocabulary'

const slug = z
  .string()
  .max(80)
  .regex(/^[a-z0-9-]+$/)
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional())

/** Filters of the news list. Unknown parameters are ignored; malformed ones get a 400 page. */
export const ZNewsParamsSchema = z.object({
  type: optional(z.enum(newsTypes)),
  theme: optional(slug),
  region: optional(slug),
  page: optional(z.coerce.number().int().min(1).max(500)),
})

export const ZEventParamsSchema = z.object({
  type: optional(z.enum(eventTypes)),
  region: optional(slug),
  year: optional(z.coerce.number().int().min(2000).max(2100)),
})

/** Filters of the training catalogue. */
export const ZModuleParamsSchema = z.object({
  theme: optional(slug),
  level: optional(z.enum(moduleLevels)),
  language: optional(z.enum(localeCodes as [Locale, ...Locale[]])),
})

export const isSlug = (value: string) => /^[a-z0-9-]{1,80}$/.test(value)
