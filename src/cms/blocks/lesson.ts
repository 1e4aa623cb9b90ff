import type { Block } from 'payload'
import { localizedText } from '../fields/localized-text'
import { isSafeUrl } from '../../shared/safe-url'
import { videosOnly } from '../collections/Media/image-types'
import { urlField } from '../fields/url'
import { common, l, messages, say } from '../labels'
import { ImageBlock, RichTextBlock } from './index'
import { questionBlocks } from './questions'

const fileOrLink = l(
  'Upload a video file or give the address of the video.',
  'Téléversez un fichier vidéo ou indiquez l’adresse de la vidéo.',
  'ارفع ملف فيديو أو أدخل عنوان الفيديو.',
)
const notBoth = l(
  'Give a video file or the address of the video, not both.',
  'Indiquez un fichier vidéo ou l’adresse de la vidéo, pas les deux.',
  'أدخل ملف فيديو أو عنوان الفيديو، لا كليهما.',
)

type VideoSiblings = { file?: unknown; url?: unknown }

/** Exactly one of the two: a file uploaded to Images, or a link to where the video is hosted. */
const oneVideo = (url: unknown, { req, siblingData }: { req: { i18n?: { language?: string } }; siblingData?: VideoSiblings }) => {
  const hasFile = siblingData?.file != null && siblingData.file !== ''
  const hasUrl = url != null && url !== ''
  if (hasUrl && !isSafeUrl(url)) return say(messages.webAddress, req)
  if (hasFile && hasUrl) return say(notBoth, req)
  return hasFile || hasUrl ? true : say(fileOrLink, req)
}

const VideoBlock: Block = {
  slug: 'video',
  labels: { singular: l('Video', 'Vidéo', 'فيديو'), plural: l('Videos', 'Vidéos', 'مقاطع الفيديو') },
  fields: [
    localizedText('title', common.title, 200),
    {
      name: 'file',
      label: l('Video file', 'Fichier vidéo', 'ملف الفيديو'),
      type: 'upload',
      relationTo: 'media',
      filterOptions: videosOnly,
      admin: {
        description: l(
          'An MP4 or WebM file of at most 10 MB, kept in Images. The page shows it in a player that downloads nothing until the learner presses play, with a download link that gives its size. Or give the address of a video hosted elsewhere below.',
          'Un fichier MP4 ou WebM de 10 Mo au plus, rangé dans Images. La page l’affiche dans un lecteur qui ne télécharge rien avant que l’apprenant appuie sur lecture, avec un lien de téléchargement qui indique sa taille. Ou indiquez ci-dessous l’adresse d’une vidéo hébergée ailleurs.',
          'ملف MP4 أو WebM لا يتجاوز 10 ميغابايت، يُحفظ في الصور. تعرضه الصفحة في مشغّل لا يحمّل شيئًا قبل أن يضغط المتعلّم على التشغيل، مع رابط تنزيل يذكر حجمه. أو أدخل أدناه عنوان فيديو مستضاف في مكان آخر.',
        ),
      },
    },
    urlField('url', {
      label: l('Address of the video', 'Adresse de la vidéo', 'عنوان الفيديو'),
      validate: oneVideo,
      admin: {
        description: l(
          'A link to the video where it is hosted, when it is not uploaded above. The page links to it rather than embedding it, so a slow connection loads nothing it did not ask for.',
          'Un lien vers la vidéo là où elle est hébergée, si elle n’est pas téléversée ci-dessus. La page y renvoie sans l’intégrer : une connexion lente ne charge rien qu’elle n’a pas demandé.',
          'رابط الفيديو حيث يُستضاف، إن لم يُرفع أعلاه. تربط الصفحة إليه ولا تضمّنه، فلا يحمّل الاتصال البطيء ما لم يطلبه.',
        ),
      },
    }),
    { name: 'duration', label: l('Length in minutes', 'Durée en minutes', 'المدة بالدقائق'), type: 'number', min: 1, max: 600 },
    {
      name: 'transcript',
      label: l('Transcript', 'Transcription', 'النص المكتوب'),
      type: 'textarea',
      localized: true,
      maxLength: 30000,
      admin: {
        description: l(
          'Shown under the video and found by the site search.',
          'Affichée sous la vidéo et trouvée par la recherche du site.',
          'يظهر تحت الفيديو ويعثر عليه بحث الموقع.',
        ),
      },
    },
  ],
}

const ResourceBlock: Block = {
  slug: 'resource',
  // The Resources collection is already "Resource" in GraphQL.
  graphQL: { singularName: 'LessonResource' },
  labels: {
    singular: l('Library resource', 'Ressource de la bibliothèque', 'مورد من المكتبة'),
    plural: l('Library resources', 'Ressources de la bibliothèque', 'موارد من المكتبة'),
  },
  fields: [
    { name: 'resource', label: l('Resource', 'Ressource', 'المورد'), type: 'relationship', relationTo: 'resources', required: true },
    { name: 'note', label: common.text, type: 'textarea', localized: true, maxLength: 600 },
  ],
}

const CaseStudyBlock: Block = {
  slug: 'caseStudy',
  labels: { singular: l('Case study', 'Étude de cas', 'دراسة حالة'), plural: l('Case studies', 'Études de cas', 'دراسات الحالة') },
  fields: [
    { name: 'city', label: common.city, type: 'relationship', relationTo: 'cities', required: true },
    localizedText('heading', common.heading, 200),
    { name: 'body', label: common.body, type: 'richText', localized: true },
  ],
}

/** What a lesson is composed of: reading, media, links into the hub, and knowledge checks. */
export const lessonBlocks: Block[] = [RichTextBlock, ImageBlock, VideoBlock, ResourceBlock, CaseStudyBlock, ...questionBlocks]
