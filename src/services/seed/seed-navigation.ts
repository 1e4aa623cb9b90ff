import type { Payload } from 'payload'
import { localeCodes } from '../../config/locales'
import { createTranslator } from '../../site/i18n/translate'
import { defaultFooter, defaultMenu } from '../../site/views/components/SiteMenu'

/** The header and footer menus in every language, as editors will find them in /admin. */
export async function seedNavigation(payload: Payload) {
  for (const locale of localeCodes) {
    const t = createTranslator(locale)
    await payload.updateGlobal({ slug: 'navigation', locale, data: { mainMenu: defaultMenu(t), footerLinks: defaultFooter(t) }, overrideAccess: true })
  }
}
