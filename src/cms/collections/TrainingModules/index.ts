import type { CollectionConfig } from 'payload'
import { pathTo } from '../../../content/content-types'
import { defaultLocale, isLocale } from '../../../content/locales'
import { moduleLevels } from '../../../content/training/vocabulary'
import { isStaff, isStaffOrPublishedToAudience } from '../../access'
import { lessonBlocks } from '../../blocks/lesson'
import { scoredQuestionBlocks } from '../../blocks/questions'
import { audienceField } from '../../fields/audience'
import { localizedText } from '../../fields/localized-text'
import { slugField } from '../../fields/slug'
import { publishHooks } from '../../hooks/publishChange'
import { common, groups, l } from '../../labels'

const levelLabels = {
  introductory: l('Introductory', 'Initiation', 'تمهيدي'),
  intermediate: l('Intermediate', 'Intermédiaire', 'متوسط'),
  advanced: l('Advanced', 'Avancé', 'متقدم'),
}

/**
 * A training module: ordered lessons made of blocks, and an optional final
 * quiz. Lessons and questions keep their row ids across edits, and learners'
 * progress and answers refer to those ids, so editing a module someone is
 * taking keeps their place and their recorded results.
 */
export const TrainingModules: CollectionConfig = {
  slug: 'training-modules',
  labels: { singular: l('Training module', 'Module de formation', 'وحدة تدريبية'), plural: l('Training modules', 'Modules de formation', 'الوحدات التدريبية') },
  admin: {
    useAsTitle: 'title',
    group: groups.learning,
    defaultColumns: ['title', 'level', 'audience', '_status'],
    description: l(
      'Each module’s report (learners who started, completed and passed it, each lesson and question, where learners stop) is at /en/modules/{slug}/report while signed in, with a CSV download.',
      'Le rapport de chaque module (apprenants qui l’ont commencé, terminé et réussi, chaque leçon et question, où les apprenants s’arrêtent) se trouve à /fr/modules/{slug}/report une fois connecté, avec un téléchargement en CSV.',
      'تقرير كل وحدة (المتعلّمون الذين بدؤوها وأكملوها ونجحوا فيها، وكل درس وسؤال، وأين يتوقّف المتعلّمون) متاح على ‎/ar/modules/{slug}/report‎ بعد تسجيل الدخول، مع تنزيل بصيغة CSV.',
    ),
    // "Preview" opens the module's page in the language being edited, showing the latest draft to staff.
    preview: (doc, { locale }) => (typeof doc.slug === 'string' ? `/${isLocale(locale) ? locale : defaultLocale}${pathTo('trainingModule', doc.slug)}?preview=true` : null),
  },
  access: {
    read: isStaffOrPublishedToAudience,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
    readVersions: isStaff,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: publishHooks,
  fields: [
    localizedText('title', common.title, 200),
    slugField('title'),
    { name: 'summary', label: common.summary, type: 'textarea', localized: true, maxLength: 1000 },
    {
      type: 'row',
      fields: [
        {
          name: 'level',
          label: l('Level', 'Niveau', 'المستوى'),
          type: 'select',
          required: true,
          defaultValue: 'introductory',
          options: moduleLevels.map((value) => ({ value, label: levelLabels[value] })),
        },
        { name: 'minutes', label: l('Estimated time in minutes', 'Durée estimée en minutes', 'المدة التقديرية بالدقائق'), type: 'number', required: true, min: 5, max: 6000 },
        audienceField(),
      ],
    },
    { name: 'themes', label: common.themes, type: 'relationship', relationTo: 'themes', hasMany: true },
    {
      name: 'lessons',
      label: l('Lessons', 'Leçons', 'الدروس'),
      labels: { singular: l('Lesson', 'Leçon', 'درس'), plural: l('Lessons', 'Leçons', 'الدروس') },
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 40,
      fields: [
        localizedText('title', common.title, 200),
        {
          name: 'content',
          label: l('Content', 'Contenu', 'المحتوى'),
          labels: { singular: l('Block', 'Bloc', 'كتلة'), plural: l('Blocks', 'Blocs', 'الكتل') },
          type: 'blocks',
          blocks: lessonBlocks,
          required: true,
          minRows: 1,
        },
      ],
    },
    {
      name: 'quiz',
      label: l('Final quiz', 'Quiz final', 'الاختبار النهائي'),
      type: 'group',
      admin: {
        description: l(
          'Optional. With questions, the module is passed only by reaching the pass mark; without, by finishing every lesson.',
          'Facultatif. Avec des questions, le module est réussi en atteignant le seuil ; sans, en terminant toutes les leçons.',
          'اختياري. مع الأسئلة، يُجتاز المقرر ببلوغ درجة النجاح؛ ومن دونها، بإنهاء جميع الدروس.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'passMark', label: l('Pass mark (%)', 'Seuil de réussite (%)', 'درجة النجاح (%)'), type: 'number', min: 1, max: 100, defaultValue: 70 },
            { name: 'maxAttempts', label: l('Attempts allowed', 'Tentatives permises', 'عدد المحاولات المسموح بها'), type: 'number', min: 1, max: 20, defaultValue: 3 },
            {
              name: 'drawn',
              label: l('Questions per attempt', 'Questions par tentative', 'عدد الأسئلة في كل محاولة'),
              type: 'number',
              min: 1,
              max: 50,
              admin: {
                description: l(
                  'Each attempt draws this many questions from the pool below. Empty: all of them.',
                  'Chaque tentative tire ce nombre de questions de la réserve ci-dessous. Vide : toutes.',
                  'تسحب كل محاولة هذا العدد من الأسئلة من المجموعة أدناه. فارغ: جميعها.',
                ),
              },
            },
          ],
        },
        {
          name: 'questions',
          label: l('Question pool', 'Réserve de questions', 'مجموعة الأسئلة'),
          labels: { singular: l('Question', 'Question', 'سؤال'), plural: l('Questions', 'Questions', 'الأسئلة') },
          type: 'blocks',
          blocks: scoredQuestionBlocks,
          maxRows: 100,
        },
      ],
    },
  ],
}
