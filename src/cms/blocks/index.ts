import type { Block } from 'payload'
import { localizedText } from '../fields/localized-text'
import { linkField } from '../fields/link'

const RichTextBlock: Block = { slug: 'richText', labels: { singular: 'Rich text', plural: 'Rich text' }, fields: [{ name: 'body', type: 'richText', localized: true }] }

const ImageBlock: Block = {
  slug: 'image',
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true },
    { name: 'caption', type: 'text', localized: true, maxLength: 300 },
  ],
}

const QuoteBlock: Block = {
  slug: 'quote',
  fields: [
    { name: 'text', type: 'textarea', localized: true, required: true, maxLength: 1000 },
    { name: 'attribution', type: 'text', localized: true, maxLength: 200 },
  ],
}

const CallToActionBlock: Block = {
  slug: 'callToAction',
  labels: { singular: 'Call to action', plural: 'Calls to action' },
  fields: [localizedText('heading', 200), { name: 'text', type: 'textarea', localized: true, maxLength: 600 }, localizedText('label', 80), linkField('href')],
}

const PeopleGridBlock: Block = {
  slug: 'peopleGrid',
  labels: { singular: 'People grid', plural: 'People grids' },
  fields: [localizedText('heading', 200), { name: 'people', type: 'relationship', relationTo: 'people', hasMany: true, required: true }],
}

const FaqBlock: Block = {
  slug: 'faq',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  fields: [
    localizedText('heading', 200),
    { name: 'items', type: 'array', required: true, fields: [localizedText('question', 300), { name: 'answer', type: 'richText', localized: true }] },
  ],
}

/** What editors build about pages from. */
export const pageBlocks: Block[] = [RichTextBlock, ImageBlock, QuoteBlock, CallToActionBlock, PeopleGridBlock, FaqBlock]
