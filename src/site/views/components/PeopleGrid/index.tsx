import type { Picture as PictureData } from '../../../../services/site/to-picture'
import { Portrait } from '../Portrait'

export type PersonCard = { slug: string; name: string; role: string; photo: PictureData | null; note?: string }

export function PeopleGrid({ people }: { people: PersonCard[] }) {
  return (
    <ul className="people-grid">
      {people.map((p) => (
        <li key={p.slug} className="person">
          <Portrait name={p.name} photo={p.photo} />
          <p className="person__name">{p.name}</p>
          {p.role ? <p className="person__role">{p.role}</p> : null}
          {p.note ? <p className="person__note">{p.note}</p> : null}
        </li>
      ))}
    </ul>
  )
}
