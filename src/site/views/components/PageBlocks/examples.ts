import type { PageBlock } from '../../../../services/pages/get-page'

const paragraph = (text: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } })

/** One block of each kind, as an about page would have them. */
export const everyBlock: PageBlock[] = [
  { kind: 'richText', body: paragraph('The network links cities.') },
  { kind: 'quote', text: 'We learn fastest from each other.', attribution: 'A focal point from a member city' },
  { kind: 'callToAction', heading: 'Join the network', text: 'Membership is free.', label: 'Apply', href: '/join' },
  { kind: 'callToAction', heading: 'Read the report', text: '', label: 'Open it', href: 'https://example.org/report' },
  { kind: 'peopleGrid', heading: 'Our team', people: [{ slug: 'amina', name: 'Amina Yusuf', role: 'Coordinator', photo: null }] },
  { kind: 'faq', heading: 'Questions', items: [{ question: 'Does membership cost anything?', answer: paragraph('No, it is free.') }] },
]
