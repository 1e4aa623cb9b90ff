import { parseFeed } from '@rowanmanning/feed-parser'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { type Feed, renderAtom, renderRss } from '../../../src/site/machine/feed'

const hostileTitle = 'قمة رؤساء البلديات <script>alert("x")</script> & \'الشركاء\''

const feed: Feed = {
  title: 'مركز المدن القوية — الأخبار',
  description: 'آخر الأخبار من شبكة المدن القوية',
  language: 'ar',
  siteUrl: 'https://hub.example/ar/news',
  selfUrl: 'https://hub.example/ar/news/feed.xml?format=rss&v=1',
  updated: new Date('2024-12-05T09:30:00Z'),
  items: [
    {
      id: 'https://hub.example/news/mayors-summit',
      url: 'https://hub.example/ar/news/mayors-summit?utm=a&b=c',
      title: hostileTitle,
      summary: 'اجتمع رؤساء البلديات في كيب تاون <b>لمناقشة</b> الوقاية & الشباب',
      published: new Date('2024-12-04T08:00:00Z'),
      updated: new Date('2024-12-05T07:15:00Z'),
      author: 'ليلى حداد',
      categories: ['الشباب', 'Prévention & résilience'],
    },
  ],
}

describe('renderRss', () => {
  const xml = renderRss(feed)
  const parsed = parseFeed(xml)

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
  })

  it('gives readers the Arabic feed and the hostile item title exactly as written', () => {
    expect(parsed.title).toBe(feed.title)
    expect(parsed.language).toBe('ar')
    expect(parsed.self).toBe(feed.selfUrl)
    const [item] = parsed.items
    expect(item.title).toBe(hostileTitle)
    expect(item.description).toBe(feed.items[0].summary)
    expect(item.url).toBe(feed.items[0].url)
    expect(item.id).toBe(feed.items[0].id)
    expect(item.published?.toISOString()).toBe('2024-12-04T08:00:00.000Z')
    expect(item.authors.map((a) => a.name)).toEqual(['ليلى حداد'])
    expect(item.categories.map((c) => c.term)).toEqual(feed.items[0].categories)
  })

  it('keeps the summary as text for readers that render it as HTML', () => {
    // fast-xml-parser decodes XML only, leaving what an HTML renderer would read.
    const description = new XMLParser().parse(xml).rss.channel.item.description
    expect(description).toBe('اجتمع رؤساء البلديات في كيب تاون &lt;b&gt;لمناقشة&lt;/b&gt; الوقاية &amp; الشباب')
  })
})

describe('renderAtom', () => {
  const xml = renderAtom(feed)
  const parsed = parseFeed(xml)

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
  })

  it('gives readers the Arabic feed and the hostile item title exactly as written', () => {
    expect(parsed.title).toBe(feed.title)
    expect(parsed.description).toBe(feed.description)
    expect(parsed.language).toBe('ar')
    expect(parsed.self).toBe(feed.selfUrl)
    expect(parsed.updated?.toISOString()).toBe('2024-12-05T09:30:00.000Z')
    const [item] = parsed.items
    expect(item.title).toBe(hostileTitle)
    expect(item.description).toBe(feed.items[0].summary)
    expect(item.url).toBe(feed.items[0].url)
    expect(item.id).toBe(feed.items[0].id)
    expect(item.published?.toISOString()).toBe('2024-12-04T08:00:00.000Z')
    expect(item.updated?.toISOString()).toBe('2024-12-05T07:15:00.000Z')
    expect(item.authors.map((a) => a.name)).toEqual(['ليلى حداد'])
    expect(item.categories.map((c) => c.term)).toEqual(feed.items[0].categories)
  })

  it('credits the site for entries without an author', () => {
    const anonymous = parseFeed(renderAtom({ ...feed, items: [{ ...feed.items[0], author: undefined }] }))
    expect(anonymous.items[0].authors.map((a) => a.name)).toEqual([feed.title])
  })
})

describe('text XML cannot carry', () => {
  it('is dropped, so the feed still parses', () => {
    const withControls = { ...feed, items: [{ ...feed.items[0], title: 'Safe\u0000 cities\u0007\u001B\uFFFE summit' }] }
    for (const xml of [renderRss(withControls), renderAtom(withControls)]) {
      expect(XMLValidator.validate(xml)).toBe(true)
      expect(parseFeed(xml).items[0].title).toBe('Safe cities summit')
    }
  })
})
