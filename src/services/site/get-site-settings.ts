import type { Payload } from 'payload'
import { defaultLocale, type Locale } from '../../content/locales'
import type { MenuLink, MenuSection } from '../../content/navigation'

export type SiteSettingsView = { networkName: string; tagline: string; introduction: string; mainMenu: MenuSection[]; footerLinks: MenuLink[] }

const links = (value: readonly MenuLink[] | null | undefined): MenuLink[] => (value ?? []).map((l) => ({ label: l.label, href: l.href }))

export async function getSiteSettings(payload: Payload, locale: Locale): Promise<SiteSettingsView> {
  const read = { locale, fallbackLocale: defaultLocale, overrideAccess: false, depth: 0 } as const
  const [s, nav] = await Promise.all([payload.findGlobal({ slug: 'site-settings', ...read }), payload.findGlobal({ slug: 'navigation', ...read })])
  return {
    networkName: s.networkName || 'Strong Cities Network',
    tagline: s.tagline ?? '',
    introduction: s.introduction ?? '',
    mainMenu: (nav.mainMenu ?? []).map((section) => ({ label: section.label, href: section.href, children: links(section.children) })),
    footerLinks: links(nav.footerLinks),
  }
}
