import type { Payload } from 'payload'
import type { Locale } from '../../../content/locales'
import type { Translate } from '../../../content/i18n/translate'
import type { SiteSettingsView } from '../../../services/site/get-site-settings'

export type MachineRequest = { payload: Payload; locale: Locale; t: Translate; site: SiteSettingsView; origin: string; params: Record<string, string> }

/** A feed, calendar, export or sitemap: its bytes, or null when there is nothing at that address. */
export type MachineResponse = { contentType: string; body: string; filename?: string }

export type MachineHandler = (request: MachineRequest) => Promise<MachineResponse | null>
