import { contentTypes } from '../../content/content-types'
import { formatOffset, localDateTime, offsetMinutes } from '../../content/zoned-time'

const context = 'https://schema.org'

export type OrganizationLdInput = { name: string; url: string; logo?: string; sameAs?: string[] }

export function organizationLd(input: OrganizationLdInput) {
  return {
    '@context': context,
    '@type': 'Organization',
    name: input.name,
    url: input.url,
    logo: input.logo,
    sameAs: input.sameAs,
  }
}

export type CityLdInput = {
  name: string
  url: string
  /** The country's name. */
  country: string
  latitude: number
  longitude: number
  description?: string
}

export function cityLd(input: CityLdInput) {
  return {
    '@context': context,
    '@type': contentTypes.city.jsonLd,
    name: input.name,
    url: input.url,
    description: input.description,
    geo: { '@type': 'GeoCoordinates', latitude: input.latitude, longitude: input.longitude },
    containedInPlace: { '@type': 'Country', name: input.country },
  }
}

export type EventLdInput = {
  name: string
  url: string
  description: string
  start: Date
  end: Date
  /** IANA zone the event is held in. */
  timeZone: string
  online: boolean
  venue?: string
  address?: string
  organizer: { name: string; url: string }
}

/** ISO 8601 with the zone's offset, so search engines show the organisers' clock time. */
function zonedIso(date: Date, timeZone: string): string {
  return localDateTime(date, timeZone) + formatOffset(offsetMinutes(date, timeZone))
}

export function eventLd(input: EventLdInput) {
  return {
    '@context': context,
    '@type': contentTypes.event.jsonLd,
    name: input.name,
    url: input.url,
    description: input.description,
    startDate: zonedIso(input.start, input.timeZone),
    endDate: zonedIso(input.end, input.timeZone),
    eventAttendanceMode: input.online ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    location: input.online ? { '@type': 'VirtualLocation', url: input.url } : { '@type': 'Place', name: input.venue, address: input.address },
    organizer: { '@type': 'Organization', name: input.organizer.name, url: input.organizer.url },
  }
}

export type NewsArticleLdInput = {
  headline: string
  url: string
  description: string
  published: Date
  modified?: Date
  /** A person's name. */
  author: string
  image?: string
  publisher: { name: string; url: string }
  /** BCP 47 tag, e.g. 'ar'. */
  language: string
}

export function newsArticleLd(input: NewsArticleLdInput) {
  return {
    '@context': context,
    '@type': contentTypes.newsArticle.jsonLd,
    headline: input.headline,
    url: input.url,
    description: input.description,
    datePublished: input.published.toISOString(),
    dateModified: input.modified?.toISOString(),
    author: { '@type': 'Person', name: input.author },
    image: input.image,
    publisher: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
    inLanguage: input.language,
  }
}

/**
 * JSON for a <script type="application/ld+json"> element. "<" is written as
 * \u003c, which JSON reads back unchanged, so no value can close the element.
 */
export function jsonLdScript(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
