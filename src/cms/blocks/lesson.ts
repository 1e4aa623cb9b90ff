import type { Block } from 'payload'
import { localizedText } from '../fields/localized-text'
import { urlField } from '../fields/url'
import { common, l } from '../labels'
import { ImageBlock, RichTextBlock } from './index'
import { questionBlocks } from './questions'

const VideoBlock: Block = {
  slug: 'video',
  labels: { singular: l('Video', 'Vidéo', 'فيديو'), plural: l('Videos', 'Vidéos', 'مقاطع الفيديو') },
  fields: [
    localizedText('title', common.title, 200),
    urlField('url', {
      label: l('Address of the video', 'Adresse de la vidéo', 'عنوان الفيديو'),
      required: true,
      admin: {
        description: l(
          'A link to the video where it is hosted. The page links to it rather than embedding it, so a slow connection loads nothing it did not ask for.',
          'Un lien vers la vidéo là où elle est hébergée. La page y renvoie sans l’intégrer : une connexion lente ne charge rien qu’elle n’a pas demandé.',
          'رابط الفيديو حيث يُستضاف. تربط الصفحة إليه ولا تضمّنه، فلا يحمّل الاتصال البطيء ما لم يطلبه.',
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
