import type { Payload } from 'payload'
import { createTranslator } from '../../content/i18n/translate'
import { localeCodes } from '../../content/locales'
import { defaultFooter, defaultMenu } from '../../content/navigation'

/** The header and footer menus in every language, as editors will find them in /admin. */
export async function seedNavigation(payload: Payload) {
  for (const locale of localeCodes) {
    const t = createTranslator(locale)
    await payload.updateGlobal({ slug: 'navigation', locale, data: { mainMenu: defaultMenu(t), footerLinks: defaultFooter(t) }, overrideAccess: true })
  }
}
