import { z } from 'zod'
import { isLocale, type Locale } from '../../content/locales'
import { searchKinds } from './search-kinds'

const slug = z
  .string()
  .max(80)
  .regex(/^[a-z0-9-]+$/)
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional())

/** The query string of the search page, the library and the JSON API. Unknown parameters are ignored. */
export const ZSearchParamsSchema = z.object({
  q: optional(z.string().max(200)),
  // Only kinds that exist: each is shown with its label, and an unknown one has none.
  type: optional(z.enum(searchKinds)),
  theme: optional(slug),
  region: optional(slug),
  country: optional(
    z
      .string()
      .regex(/^[A-Za-z]{2}$/)
      .transform((c) => c.toUpperCase()),
  ),
  sector: optional(slug),
  language: optional(z.string().regex(/^[a-z]{2}$/)),
  sort: optional(z.enum(['relevance', 'date', 'title'])),
  page: optional(z.coerce.number().int().min(1).max(500)),
  locale: optional(z.string().refine((v): v is Locale => isLocale(v))),
})

export type SearchParams = z.infer<typeof ZSearchParamsSchema>
