import type { CollectionSlug, Payload } from 'payload'
import { placeholderScene } from './placeholder-scene'
import { createImage } from './seed-programmes'

/** Who made the demo's pictures: the project itself, as generated skylines. */
const CREDIT = 'Strong Cities Hub demo, generated illustration'

type PhotoTarget = { collection: Extract<CollectionSlug, 'cities' | 'regions' | 'events'>; slug: string; alt: { en: string; fr: string; ar: string } }

const targets: PhotoTarget[] = [
  {
    collection: 'cities',
    slug: 'rotterdam',
    alt: { en: 'Illustration of a harbour skyline', fr: 'Illustration d’une ligne d’horizon portuaire', ar: 'رسم توضيحي لأفق مدينة ساحلية' },
  },
  {
    collection: 'cities',
    slug: 'nairobi',
    alt: { en: 'Illustration of a city skyline at midday', fr: 'Illustration d’une ligne d’horizon à midi', ar: 'رسم توضيحي لأفق مدينة عند الظهيرة' },
  },
  {
    collection: 'regions',
    slug: 'western-balkans',
    alt: { en: 'Illustration of towns among hills', fr: 'Illustration de villes entre les collines', ar: 'رسم توضيحي لبلدات بين التلال' },
  },
  {
    collection: 'events',
    slug: 'global-summit-cape-town-2024',
    alt: { en: 'Illustration of a conference city by the sea', fr: 'Illustration d’une ville de congrès au bord de la mer', ar: 'رسم توضيحي لمدينة مؤتمرات على البحر' },
  },
]

/** A few pages of the demo get a photo with its credit, as editors would add them; the rest show how a page looks without one. */
export async function seedPhotos(payload: Payload) {
  for (const target of targets) {
    const { docs } = await payload.find({ collection: target.collection, where: { slug: { equals: target.slug } }, limit: 1, depth: 0, overrideAccess: true })
    if (!docs[0]) continue
    const photo = await createImage(payload, `photo-${target.slug}.jpg`, await placeholderScene(target.slug), 'image/jpeg', target.alt)
    await payload.update({ collection: 'media', id: photo, data: { credit: CREDIT }, overrideAccess: true })
    await payload.update({ collection: target.collection, id: docs[0].id, data: { photo, _status: 'published' }, overrideAccess: true, depth: 0 })
  }
}
