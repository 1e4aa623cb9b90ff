import type { Translate } from './i18n/translate'

export type MenuLink = { label: string; href: string }
export type MenuSection = MenuLink & { children: MenuLink[] }

/**
 * Used until editors set a menu in /admin, and what the demo seeds: the
 * network's own structure, with each regional hub under Regions.
 */
export function defaultMenu(t: Translate, hubs: MenuLink[]): MenuSection[] {
  const link = (key: string, path: string): MenuLink => ({ label: t(key), href: path })
  return [
    { ...link('nav.about', '/about'), children: [link('nav.team', '/team'), link('nav.news', '/news'), link('nav.faq', '/faq'), link('nav.contact', '/contact')] },
    { ...link('nav.strongCities', '/cities'), children: [link('nav.committee', '/steering-committee'), link('nav.cities', '/cities'), link('nav.join', '/join')] },
    { ...link('nav.youngCities', '/young-cities'), children: [] },
    { ...link('nav.regions', '/regions'), children: [link('nav.summit', '/global-summit'), ...hubs] },
    { ...link('nav.resourcesSection', '/resources'), children: [link('nav.modules', '/modules'), link('nav.library', '/resources'), link('nav.workingGroups', '/working-groups')] },
    { ...link('nav.events', '/events'), children: [] },
  ]
}

/** Used until editors set footer links in /admin, and what the demo seeds. */
export function defaultFooter(t: Translate): MenuLink[] {
  return [
    { label: t('nav.contact'), href: '/contact' },
    { label: t('nav.newsletter'), href: '/newsletter' },
    { label: t('nav.join'), href: '/join' },
    { label: t('nav.privacy'), href: '/privacy' },
    { label: t('nav.cookies'), href: '/cookies' },
    { label: t('nav.terms'), href: '/terms' },
  ]
}
