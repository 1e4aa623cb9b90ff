import type { ServerProps } from 'payload'
import { l, say } from '../labels'
import { CoordinatesMapPicker } from './CoordinatesMapPicker'
import { landPath } from './world-map'

const hint = l(
  'Click the map to set the latitude and longitude; adjust them in the fields above for precision.',
  'Cliquez sur la carte pour fixer la latitude et la longitude ; affinez-les dans les champs ci-dessus.',
  'انقر على الخريطة لتحديد خطَّي العرض والطول، ثم اضبطهما بدقة في الحقلين أعلاه.',
)
const mapLabel = l('World map: click to place the city', 'Carte du monde : cliquez pour placer la ville', 'خريطة العالم: انقر لتحديد موقع المدينة')

/** Under the latitude and longitude fields of a city: a world map that sets both with one click. */
export function CoordinatesMap({ i18n }: ServerProps) {
  const req = { i18n }
  return <CoordinatesMapPicker land={landPath()} hint={say(hint, req)} label={say(mapLabel, req)} />
}
