import type { Block } from 'payload'
import { rasterImagesOnly } from '../collections/Media/image-types'
import { localizedText } from '../fields/localized-text'
import { linkField } from '../fields/link'
import { common, l } from '../labels'

export const RichTextBlock: Block = {
  slug: 'richText',
  labels: { singular: l('Rich text', 'Texte enrichi', 'نص منسَّق'), plural: l('Rich text', 'Textes enrichis', 'نصوص منسَّقة') },
  fields: [{ name: 'body', label: common.body, type: 'richText', localized: true }],
}

export const ImageBlock: Block = {
  slug: 'image',
  labels: { singular: l('Image', 'Image', 'صورة'), plural: l('Images', 'Images', 'الصور') },
  fields: [
    { name: 'image', label: l('Image', 'Image', 'الصورة'), type: 'upload', relationTo: 'media', filterOptions: rasterImagesOnly, required: true },
    { name: 'caption', label: l('Caption', 'Légende', 'التعليق'), type: 'text', localized: true, maxLength: 300 },
  ],
}

const QuoteBlock: Block = {
  slug: 'quote',
  labels: { singular: l('Quote', 'Citation', 'اقتباس'), plural: l('Quotes', 'Citations', 'اقتباسات') },
  fields: [
    { name: 'text', label: l('Quotation', 'Citation', 'نص الاقتباس'), type: 'textarea', localized: true, required: true, maxLength: 1000 },
    { name: 'attribution', label: l('Attribution', 'Auteur de la citation', 'صاحب الاقتباس'), type: 'text', localized: true, maxLength: 200 },
  ],
}

const CallToActionBlock: Block = {
  slug: 'callToAction',
  labels: { singular: l('Call to action', 'Appel à l’action', 'دعوة إلى إجراء'), plural: l('Calls to action', 'Appels à l’action', 'دعوات إلى إجراء') },
  fields: [
    localizedText('heading', common.heading, 200),
    { name: 'text', label: common.text, type: 'textarea', localized: true, maxLength: 600 },
    localizedText('label', l('Button label', 'Texte du bouton', 'نص الزر'), 80),
    linkField('href'),
  ],
}

const PeopleGridBlock: Block = {
  slug: 'peopleGrid',
  labels: { singular: l('People grid', 'Grille de personnes', 'شبكة أشخاص'), plural: l('People grids', 'Grilles de personnes', 'شبكات أشخاص') },
  fields: [localizedText('heading', common.heading, 200), { name: 'people', label: common.people, type: 'relationship', relationTo: 'people', hasMany: true, required: true }],
}

const FaqBlock: Block = {
  slug: 'faq',
  labels: { singular: l('FAQ', 'FAQ', 'أسئلة شائعة'), plural: l('FAQs', 'FAQ', 'أسئلة شائعة') },
  fields: [
    localizedText('heading', common.heading, 200),
    {
      name: 'items',
      label: l('Questions', 'Questions', 'الأسئلة'),
      labels: { singular: l('Question', 'Question', 'سؤال'), plural: l('Questions', 'Questions', 'الأسئلة') },
      type: 'array',
      required: true,
      fields: [localizedText('question', l('Question', 'Question', 'السؤال'), 300), { name: 'answer', label: l('Answer', 'Réponse', 'الجواب'), type: 'richText', localized: true }],
    },
  ],
}

/** What editors build about pages from. */
export const pageBlocks: Block[] = [RichTextBlock, ImageBlock, QuoteBlock, CallToActionBlock, PeopleGridBlock, FaqBlock]
