import type { Field, TextField } from 'payload'
import { ACCENT_TEXT, DEFAULT_ACCENT, DEFAULT_PRIMARY, PRIMARY_TEXT } from '../../content/brand'
import { AA_TEXT, contrastRatio, HEX_COLOUR } from '../../shared/contrast'
import { imagesOnly, rasterImagesOnly } from '../collections/Media/image-types'
import { l, say, type Wording } from '../labels'

const notAColour = l(
  'Enter a colour as # and six hexadecimal digits, e.g. #0b3d5c.',
  'Saisissez une couleur sous la forme # suivi de six chiffres hexadécimaux, par exemple #0b3d5c.',
  'أدخل اللون بالصيغة # متبوعة بستة أرقام سداسية عشرية، مثل ‎#0b3d5c.',
)

const tooLittleContrast = (ratio: string, text: Wording): Wording =>
  l(
    `Text in ${text.en} on this colour has a contrast of ${ratio}:1; WCAG AA needs at least ${AA_TEXT}:1. Choose a darker or lighter colour.`,
    `Le texte ${text.fr} sur cette couleur a un contraste de ${ratio}:1 ; le niveau AA des WCAG exige au moins ${AA_TEXT}:1. Choisissez une couleur plus foncée ou plus claire.`,
    `تباين النص ${text.ar} على هذا اللون ${ratio}:1، ويتطلب المستوى AA من WCAG ما لا يقل عن ${AA_TEXT}:1. اختر لونًا أغمق أو أفتح.`,
  )

/** A brand colour, refused when the text the site sets on it would fall below WCAG AA. */
function colourField(name: string, label: Wording, defaultValue: string, text: string, textName: Wording, description: Wording): TextField {
  return {
    name,
    label,
    type: 'text',
    defaultValue,
    required: true,
    maxLength: 7,
    admin: { description },
    validate: (value: unknown, { req }: { req: { i18n?: { language?: string } } }) => {
      if (typeof value !== 'string' || !HEX_COLOUR.test(value)) return say(notAColour, req)
      const ratio = contrastRatio(value, text)
      return ratio >= AA_TEXT ? true : say(tooLittleContrast(ratio.toFixed(1), textName), req)
    },
  } as TextField
}

/** Name, logo, colours and icons: what makes the hub look like this network's own, on the site, in mails and in /admin. */
export const brandFields: Field = {
  type: 'collapsible',
  label: l('Brand', 'Identité visuelle', 'الهوية البصرية'),
  fields: [
    {
      name: 'logo',
      label: l('Logo', 'Logo', 'الشعار'),
      type: 'upload',
      relationTo: 'media',
      // Raster or SVG: Images also holds lessons' videos.
      filterOptions: imagesOnly,
      admin: {
        description: l(
          'SVG, PNG or WebP, shown in the header and on the back-office sign-in page. An SVG must be plain drawing with a viewBox: no scripts, embedded HTML, animation or links to other files.',
          'SVG, PNG ou WebP, affiché dans l’en-tête et sur la page de connexion de l’administration. Un SVG doit être un simple dessin avec un attribut viewBox : ni scripts, ni HTML intégré, ni animation, ni liens vers d’autres fichiers.',
          'بصيغة SVG أو PNG أو WebP، يظهر في الترويسة وفي صفحة الدخول إلى لوحة الإدارة. يجب أن يكون ملف SVG رسمًا بسيطًا فيه السمة viewBox، دون نصوص برمجية أو HTML مضمَّن أو حركة أو روابط إلى ملفات أخرى.',
        ),
      },
    },
    colourField(
      'primaryColour',
      l('Primary colour', 'Couleur principale', 'اللون الرئيسي'),
      DEFAULT_PRIMARY,
      PRIMARY_TEXT,
      l('white', 'blanc', 'الأبيض'),
      l('The header and the band of mails, behind white text.', 'L’en-tête et le bandeau des courriels, sous un texte blanc.', 'الترويسة وشريط الرسائل، خلف نص أبيض.'),
    ),
    colourField(
      'accentColour',
      l('Accent colour', 'Couleur d’accent', 'لون التمييز'),
      DEFAULT_ACCENT,
      ACCENT_TEXT,
      l('black', 'noir', 'الأسود'),
      l(
        'Focus highlights and the line under the header, behind black text.',
        'La mise en évidence du focus et le filet sous l’en-tête, sous un texte noir.',
        'إبراز التركيز والخط أسفل الترويسة، خلف نص أسود.',
      ),
    ),
    {
      name: 'favicon',
      label: l('Browser icon', 'Icône du navigateur', 'أيقونة المتصفح'),
      type: 'upload',
      relationTo: 'media',
      filterOptions: rasterImagesOnly,
      admin: { description: l('A square PNG, at least 64 × 64 pixels.', 'Un PNG carré d’au moins 64 × 64 pixels.', 'صورة PNG مربعة لا تقل عن 64 × 64 بكسل.') },
    },
    {
      name: 'socialImage',
      label: l('Image for link previews', 'Image des aperçus de liens', 'صورة معاينة الروابط'),
      type: 'upload',
      relationTo: 'media',
      // Link previews (Open Graph) are raster images only.
      filterOptions: rasterImagesOnly,
      admin: {
        description: l(
          'Shown when a page without its own image is shared; 1200 × 630 pixels works everywhere.',
          'Affichée quand une page sans image propre est partagée ; 1200 × 630 pixels convient partout.',
          'تظهر عند مشاركة صفحة ليس لها صورة خاصة؛ المقاس 1200 × 630 بكسل يناسب كل المنصات.',
        ),
      },
    },
  ],
}
