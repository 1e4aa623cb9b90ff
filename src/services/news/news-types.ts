/** What a news item can be, as the site names it: filters, search facets and labels all read this list. */
export const newsTypes = ['news', 'press-release'] as const

export type NewsType = (typeof newsTypes)[number]
