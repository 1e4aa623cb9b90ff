import type { Payload } from 'payload'
import { defaultLocale, type Locale } from '../../config/locales'

export type SiteSettingsView = { networkName: string; tagline: string; introduction: string }

export async function getSiteSettings(payload: Payload, locale: Locale): Promise<SiteSettingsView> {
  const s: any = await payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: defaultLocale, overrideAccess: false, depth: 0 })
  return { networkName: s?.networkName || 'Strong Cities Network', tagline: s?.tagline ?? '', introduction: s?.introduction ?? '' }
}
