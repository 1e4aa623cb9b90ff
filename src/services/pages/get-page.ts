import type { Payload } from 'payload'
import type { Locale } from '../../content/locales'
import type { RichTextValue } from '../../content/rich-text'
import type { Page } from '../../cms/payload-types'
import { findPublished } from '../site/find-published'
import { readable } from '../../content/related'
import { type PersonCard, toPersonCard } from '../site/to-person-card'
import { type Picture, toPicture } from '../site/to-picture'

export type PageBlock =
  | { kind: 'richText'; body: RichTextValue | null }
  | { kind: 'image'; image: Picture; caption: string }
  | { kind: 'quote'; text: string; attribution: string }
  | { kind: 'callToAction'; heading: string; text: string; label: string; href: string }
  | { kind: 'peopleGrid'; heading: string; people: PersonCard[] }
  | { kind: 'faq'; heading: string; items: { question: string; answer: RichTextValue | null }[] }

export type ContentPage = { slug: string; title: string; summary: string; updatedAt: string; blocks: PageBlock[] }

function toBlock(b: NonNullable<Page['layout']>[number]): PageBlock | null {
  switch (b.blockType) {
    case 'richText':
      return { kind: 'richText', body: b.body ?? null }
    case 'image': {
      const image = toPicture(b.image, 'wide')
      return image ? { kind: 'image', image, caption: b.caption ?? '' } : null
    }
    case 'quote':
      return { kind: 'quote', text: b.text ?? '', attribution: b.attribution ?? '' }
    case 'callToAction':
      return { kind: 'callToAction', heading: b.heading ?? '', text: b.text ?? '', label: b.label ?? '', href: b.href }
    case 'peopleGrid':
      return { kind: 'peopleGrid', heading: b.heading ?? '', people: readable(b.people).map(toPersonCard) }
    case 'faq':
      return { kind: 'faq', heading: b.heading ?? '', items: (b.items ?? []).map((i) => ({ question: i.question ?? '', answer: i.answer ?? null })) }
    default:
      return null
  }
}

export async function getPage(payload: Payload, slug: string, locale: Locale): Promise<ContentPage | null> {
  const { docs } = await findPublished(payload, 'pages', locale, { where: { slug: { equals: slug } }, depth: 2, limit: 1 })
  const [d] = docs
  if (!d) return null
  return {
    slug: d.slug,
    title: d.title ?? d.slug,
    summary: d.summary ?? '',
    updatedAt: d.updatedAt,
    blocks: (d.layout ?? []).map(toBlock).filter((b): b is PageBlock => b !== null),
  }
}
