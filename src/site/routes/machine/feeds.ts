import { listEvents } from '../../../services/events/list-events'
import { listNews } from '../../../services/news/list-news'
import { type Feed, type FeedItem, renderAtom, renderRss } from '../../machine/feed'
import { href } from '../../views/context'
import type { MachineHandler, MachineRequest } from './types'
import { contentTypes, type FeedTypeName, pathTo } from '../../../content/content-types'

const FEED_SIZE = 30

async function newsFeed({ payload, locale, t, site, origin }: MachineRequest, self: string): Promise<Feed> {
  const { articles } = await listNews(payload, locale, {}, 1, FEED_SIZE)
  const items: FeedItem[] = articles.map((a) => ({
    id: origin + pathTo('newsArticle', a.slug),
    url: origin + href(locale, pathTo('newsArticle', a.slug)),
    title: a.title,
    summary: a.summary,
    published: new Date(a.publishedOn),
    updated: new Date(a.updatedAt),
    author: a.author || undefined,
    categories: [t(`news.type.${a.type}`), ...a.themes.map((x) => x.label), ...a.regions.map((x) => x.label)],
  }))
  return {
    title: `${t('news.title')} · ${site.networkName}`,
    description: t('news.lead'),
    language: locale,
    siteUrl: origin + href(locale, '/news'),
    selfUrl: origin + href(locale, self),
    updated: latest(items),
    items,
  }
}

async function eventsFeed({ payload, locale, t, site, origin }: MachineRequest, self: string): Promise<Feed> {
  const { upcoming, past } = await listEvents(payload, locale)
  const items: FeedItem[] = [...upcoming, ...past].slice(0, FEED_SIZE).map((e) => ({
    id: origin + pathTo('event', e.slug),
    url: origin + href(locale, pathTo('event', e.slug)),
    title: e.title,
    summary: e.summary,
    // Readers sort by this date; for an event, its announcement date is when it was last changed.
    published: new Date(e.updatedAt),
    categories: [t(`events.type.${e.type}`), ...e.regions.map((x) => x.label)],
  }))
  return {
    title: `${t('events.title')} · ${site.networkName}`,
    description: t('events.lead'),
    language: locale,
    siteUrl: origin + href(locale, '/events'),
    selfUrl: origin + href(locale, self),
    updated: latest(items),
    items,
  }
}

function latest(items: FeedItem[]): Date {
  return new Date(Math.max(0, ...items.map((i) => (i.updated ?? i.published).getTime())))
}

const feedOf: Record<FeedTypeName, (r: MachineRequest, self: string) => Promise<Feed>> = { newsArticle: newsFeed, event: eventsFeed }

/** The RSS and Atom feed of a type with feeds, at the addresses its descriptor gives. */
export function feedHandlers(type: FeedTypeName): { rss: MachineHandler; atom: MachineHandler } {
  const { rss, atom } = contentTypes[type].feeds
  return {
    rss: async (r) => ({ contentType: 'application/rss+xml; charset=utf-8', body: renderRss(await feedOf[type](r, rss)) }),
    atom: async (r) => ({ contentType: 'application/atom+xml; charset=utf-8', body: renderAtom(await feedOf[type](r, atom)) }),
  }
}
