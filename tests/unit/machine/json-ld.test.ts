import { describe, expect, it } from 'vitest'
import { cityLd, eventLd, jsonLdScript, newsArticleLd, organizationLd } from '../../../src/site/machine/json-ld'

const organizer = { name: 'Strong Cities Network', url: 'https://hub.example' }

describe('eventLd', () => {
  const summit = {
    name: 'Global Summit',
    url: 'https://hub.example/en/events/global-summit',
    description: 'Mayors meet in Cape Town.',
    start: new Date('2024-12-04T08:00:00Z'),
    end: new Date('2024-12-04T15:30:00Z'),
    timeZone: 'Africa/Johannesburg',
    organizer,
  }

  it("gives times at the organisers' clock with their offset", () => {
    const venue = { venue: 'Cape Town International Convention Centre', address: 'Cape Town, South Africa' }
    const ld = eventLd({ ...summit, online: false, ...venue })
    expect(ld.startDate).toBe('2024-12-04T10:00:00+02:00')
    expect(ld.endDate).toBe('2024-12-04T17:30:00+02:00')
    expect(ld['@context']).toBe('https://schema.org')
    expect(ld.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode')
    expect(ld.location).toEqual({ '@type': 'Place', name: venue.venue, address: venue.address })
    expect(ld.organizer).toEqual({ '@type': 'Organization', ...organizer })
  })

  it('places an online event at its page, with a negative offset in New York', () => {
    const ld = eventLd({ ...summit, online: true, timeZone: 'America/New_York', start: new Date('2023-09-18T13:00:00Z') })
    expect(ld.startDate).toBe('2023-09-18T09:00:00-04:00')
    expect(ld.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode')
    expect(ld.location).toEqual({ '@type': 'VirtualLocation', url: summit.url })
  })
})

describe('cityLd', () => {
  it('describes a City with coordinates inside its Country', () => {
    const ld = cityLd({
      name: 'Cape Town',
      url: 'https://hub.example/en/cities/cape-town',
      country: 'South Africa',
      latitude: -33.92,
      longitude: 18.42,
    })
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'City',
      name: 'Cape Town',
      url: 'https://hub.example/en/cities/cape-town',
      geo: { '@type': 'GeoCoordinates', latitude: -33.92, longitude: 18.42 },
      containedInPlace: { '@type': 'Country', name: 'South Africa' },
    })
  })
})

describe('organizationLd and newsArticleLd', () => {
  it('describe the network and its articles', () => {
    expect(organizationLd({ ...organizer, sameAs: ['https://social.example/scn'] })).toMatchObject({
      '@type': 'Organization',
      name: organizer.name,
      sameAs: ['https://social.example/scn'],
    })
    const article = newsArticleLd({
      headline: 'مدن قوية',
      url: 'https://hub.example/ar/news/strong-cities',
      description: 'ملخص',
      published: new Date('2024-12-04T08:00:00Z'),
      author: 'ليلى حداد',
      publisher: organizer,
      language: 'ar',
    })
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'مدن قوية',
      datePublished: '2024-12-04T08:00:00.000Z',
      author: { '@type': 'Person', name: 'ليلى حداد' },
      publisher: { '@type': 'Organization', ...organizer },
      inLanguage: 'ar',
    })
    expect(JSON.parse(jsonLdScript(article))).not.toHaveProperty('dateModified')
  })
})

describe('jsonLdScript', () => {
  it('cannot close its script element and reads back unchanged', () => {
    const data = { name: 'Evil </script><script>alert(1)</script> <!-- city', note: 'a < b' }
    const script = jsonLdScript(data)
    expect(script.toLowerCase()).not.toContain('</script')
    expect(script).not.toContain('<')
    expect(JSON.parse(script)).toEqual(data)
  })
})
