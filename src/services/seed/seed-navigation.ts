import type { Payload } from 'payload'
import { pathTo } from '../../content/content-types'
import { createTranslator } from '../../content/i18n/translate'
import { localeCodes } from '../../content/locales'
import { defaultFooter, defaultMenu } from '../../content/navigation'

/** The header and footer menus in every language, as editors will find them in /admin. */
export async function seedNavigation(payload: Payload) {
  for (const locale of localeCodes) {
    const t = createTranslator(locale)
    const regions = await payload.find({ collection: 'regions', locale, depth: 0, limit: 100, sort: 'name', overrideAccess: true })
    const hubs = regions.docs.flatMap((r) => (r.name ? [{ label: r.name, href: pathTo('region', r.slug) }] : []))
    await payload.updateGlobal({ slug: 'navigation', locale, data: { mainMenu: defaultMenu(t, hubs), footerLinks: defaultFooter(t) }, overrideAccess: true })
  }
}
