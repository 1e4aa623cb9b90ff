import type { Payload } from 'payload'
import { defaultLocale, type Locale } from '../../content/locales'
import type { MenuLink, MenuSection } from '../../content/navigation'
import { readableOne } from '../../content/related'
import { type Picture, toPicture } from './to-picture'

/** How the network looks: its logo, its two colours, and the icons browsers and link previews show. */
export type Brand = { logo: Picture | null; primaryColour: string; accentColour: string; favicon: string | null; socialImage: string | null }

export type SiteSettingsView = { networkName: string; tagline: string; introduction: string; mainMenu: MenuSection[]; footerLinks: MenuLink[]; brand: Brand }

const links = (value: readonly MenuLink[] | null | undefined): MenuLink[] => (value ?? []).map((l) => ({ label: l.label, href: l.href }))

export async function getSiteSettings(payload: Payload, locale: Locale): Promise<SiteSettingsView> {
  const read = { locale, fallbackLocale: defaultLocale, overrideAccess: false } as const
  // Depth 1 fills in the brand's uploads; the settings have no other relations.
  const [s, nav] = await Promise.all([payload.findGlobal({ slug: 'site-settings', ...read, depth: 1 }), payload.findGlobal({ slug: 'navigation', ...read, depth: 0 })])
  return {
    networkName: s.networkName || 'Strong Cities Network',
    tagline: s.tagline ?? '',
    introduction: s.introduction ?? '',
    mainMenu: (nav.mainMenu ?? []).map((section) => ({ label: section.label, href: section.href, children: links(section.children) })),
    footerLinks: links(nav.footerLinks),
    brand: {
      logo: toPicture(s.logo, 'card'),
      primaryColour: s.primaryColour,
      accentColour: s.accentColour,
      favicon: readableOne(s.favicon)?.url ?? null,
      socialImage: readableOne(s.socialImage)?.url ?? null,
    },
  }
}
