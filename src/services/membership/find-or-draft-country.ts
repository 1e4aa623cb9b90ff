import type { Payload } from 'payload'
import { countryName } from '../../content/countries'
import { defaultLocale, localeCodes } from '../../content/locales'

async function findCountry(payload: Payload, isoCode: string): Promise<number | undefined> {
  const { docs } = await payload.find({ collection: 'countries', where: { isoCode: { equals: isoCode } }, limit: 1, depth: 0, draft: true, overrideAccess: true })
  return docs[0]?.id
}

/**
 * The hub's country for an ISO code. A city may apply from a country that
 * has no member yet: that country is created as a draft, named in every
 * language, for staff to place in a region and publish with the city. A
 * draft is not public, so a tampered form adds nothing anyone sees.
 */
export async function findOrDraftCountry(payload: Payload, isoCode: string): Promise<number> {
  const found = await findCountry(payload, isoCode)
  if (found) return found
  try {
    const { id } = await payload.create({
      collection: 'countries',
      data: { isoCode, name: countryName(isoCode, defaultLocale), _status: 'draft' },
      locale: defaultLocale,
      draft: true,
      overrideAccess: true,
    })
    for (const locale of localeCodes.filter((l) => l !== defaultLocale)) {
      await payload.update({ collection: 'countries', id, data: { name: countryName(isoCode, locale) }, locale, draft: true, overrideAccess: true })
    }
    return id
  } catch (error) {
    // Two cities of a new country applied at once, and the other one drafted it.
    const raced = await findCountry(payload, isoCode)
    if (raced) return raced
    throw error
  }
}
