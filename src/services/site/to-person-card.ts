import type { Person } from '../../cms/payload-types'
import { type Picture, toPicture } from './to-picture'

/** A person as speakers, hub teams and people grids show them: name, role and a small portrait. */
export type PersonCard = { slug: string; name: string; role: string; photo: Picture | null }

export const toPersonCard = (p: Person): PersonCard => ({ slug: p.slug, name: p.name ?? p.slug, role: p.role ?? '', photo: toPicture(p.photo, 'thumbnail') })
