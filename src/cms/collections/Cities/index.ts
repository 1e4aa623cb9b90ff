import { localizedText } from '../../fields/localized-text'
import type { CollectionConfig } from 'payload'
import { isStaff, isStaffFieldLevel, isStaffOrCityEditorOf, isStaffOrCityEditorOfOrPublished, isStaffOrCityEditorOfVersions } from '../../access'
import { documentLanguageOptions } from '../../fields/document-languages'
import { slugField } from '../../fields/slug'
import { urlField } from '../../fields/url'
import { publishHooks } from '../../hooks/publishChange'
import { requireApprovalToPublish } from '../../hooks/requireApprovalToPublish'
import { common, groups, l } from '../../labels'
import { dayField } from '../../fields/day'
import { photoField } from '../../fields/photo'

/** The narrative of a city profile, one rich text per section and language (the city editor's dashboard lists the missing ones). */
export const narrativeSections = [
  { name: 'background', label: l('Background', 'Contexte', 'الخلفية') },
  { name: 'nationalOverview', label: l('National overview', 'Aperçu national', 'نظرة عامة وطنية') },
  { name: 'localOverview', label: l('Local overview', 'Aperçu local', 'نظرة عامة محلية') },
] as const

export const Cities: CollectionConfig = {
  slug: 'cities',
  labels: { singular: l('City', 'Ville', 'مدينة'), plural: l('Cities', 'Villes', 'المدن') },
  admin: {
    useAsTitle: 'name',
    group: groups.network,
    defaultColumns: ['name', 'country', 'lastReviewed', '_status'],
    components: { beforeList: ['/cms/admin/OpenOwnCity#OpenOwnCity'] },
  },
  access: {
    read: isStaffOrCityEditorOfOrPublished,
    create: isStaff,
    update: isStaffOrCityEditorOf,
    delete: isStaff,
    readVersions: isStaffOrCityEditorOfVersions,
  },
  versions: { drafts: true, maxPerDoc: 100 },
  hooks: {
    beforeChange: [requireApprovalToPublish],
    afterChange: publishHooks.afterChange,
    afterDelete: publishHooks.afterDelete,
  },
  fields: [
    localizedText('name', common.name, 120),
    // The page address and the record of membership are the network's; a city's own editors see them read-only.
    slugField('name', { access: { update: isStaffFieldLevel } }),
    {
      type: 'tabs',
      tabs: [
        {
          label: l('Key information', 'Informations clés', 'معلومات أساسية'),
          fields: [
            { name: 'country', label: common.country, type: 'relationship', relationTo: 'countries', required: true, access: { update: isStaffFieldLevel } },
            photoField,
            {
              type: 'row',
              fields: [
                { name: 'population', label: common.population, type: 'number', min: 0, max: 100_000_000 },
                { name: 'populationYear', label: l('Population as of', 'Population en', 'عدد السكان في سنة'), type: 'number', min: 1900, max: 2100 },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'latitude', label: l('Latitude', 'Latitude', 'خط العرض'), type: 'number', required: true, min: -90, max: 90 },
                { name: 'longitude', label: l('Longitude', 'Longitude', 'خط الطول'), type: 'number', required: true, min: -180, max: 180 },
              ],
            },
            // Sets both coordinates from a click; the numbers above stay for precision.
            { name: 'coordinatesMap', type: 'ui', admin: { components: { Field: '/cms/admin/CoordinatesMap#CoordinatesMap' } } },
            {
              name: 'leaders',
              label: l('Local political leadership', 'Direction politique locale', 'القيادة السياسية المحلية'),
              type: 'relationship',
              relationTo: 'people',
              hasMany: true,
            },
            {
              type: 'row',
              fields: [
                dayField('memberSince', l('Member since', 'Membre depuis', 'عضو منذ'), { access: { update: isStaffFieldLevel } }),
                dayField('lastReviewed', l('Last reviewed', 'Dernière révision', 'آخر مراجعة')),
              ],
            },
            {
              name: 'isSample',
              label: l('Sample content', 'Contenu d’exemple', 'محتوى توضيحي'),
              type: 'checkbox',
              defaultValue: false,
              access: { update: isStaffFieldLevel },
              admin: {
                description: l(
                  'Shows visitors that the narrative is illustrative, not an official account.',
                  'Indique aux visiteurs que le récit est illustratif et non un compte rendu officiel.',
                  'يبيّن للزوار أن السرد توضيحي وليس روايةً رسمية.',
                ),
              },
            },
          ],
        },
        {
          label: l('Narrative', 'Récit', 'السرد'),
          fields: [...narrativeSections.map(({ name, label }) => ({ name, label, type: 'richText' as const, localized: true }))],
        },
        {
          label: l('Sources', 'Sources', 'المصادر'),
          fields: [
            {
              name: 'sourceGroups',
              label: l('Key sources & further reading', 'Sources principales et lectures complémentaires', 'المصادر الرئيسية وقراءات إضافية'),
              labels: { singular: l('Group of sources', 'Groupe de sources', 'مجموعة مصادر'), plural: l('Groups of sources', 'Groupes de sources', 'مجموعات المصادر') },
              type: 'array',
              fields: [
                localizedText('title', common.title, 200),
                {
                  name: 'links',
                  label: l('Links', 'Liens', 'الروابط'),
                  labels: { singular: common.link, plural: l('Links', 'Liens', 'الروابط') },
                  type: 'array',
                  fields: [
                    localizedText('title', common.title, 300),
                    urlField('url', { required: true }),
                    {
                      name: 'documentLanguage',
                      label: l('Language of the document', 'Langue du document', 'لغة المستند'),
                      type: 'select',
                      options: documentLanguageOptions,
                      required: true,
                      defaultValue: 'en',
                    },
                    { name: 'note', label: l('Note', 'Remarque', 'ملاحظة'), type: 'text', localized: true, maxLength: 200 },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: l('Initiatives & activities', 'Initiatives et activités', 'المبادرات والأنشطة'),
          fields: [
            {
              name: 'initiatives',
              label: l('Key initiatives', 'Initiatives principales', 'المبادرات الرئيسية'),
              labels: { singular: l('Initiative', 'Initiative', 'مبادرة'), plural: l('Initiatives', 'Initiatives', 'المبادرات') },
              type: 'array',
              fields: [localizedText('title', common.title, 200), { name: 'body', label: common.body, type: 'richText', localized: true }, urlField('url')],
            },
            {
              name: 'sectorActivities',
              label: l('Additional activities by sector', 'Autres activités par secteur', 'أنشطة إضافية حسب القطاع'),
              labels: { singular: l('Activity', 'Activité', 'نشاط'), plural: l('Activities', 'Activités', 'الأنشطة') },
              type: 'array',
              fields: [
                { name: 'sector', label: common.sector, type: 'relationship', relationTo: 'sectors', required: true },
                { name: 'body', label: common.body, type: 'richText', localized: true },
              ],
            },
          ],
        },
        {
          label: l('Network', 'Réseau', 'الشبكة'),
          fields: [
            { name: 'workingGroups', label: l('Working groups', 'Groupes de travail', 'مجموعات العمل'), type: 'relationship', relationTo: 'working-groups', hasMany: true },
            { name: 'themes', label: l('Keywords', 'Mots-clés', 'الكلمات المفتاحية'), type: 'relationship', relationTo: 'themes', hasMany: true },
            {
              name: 'steeringCommittee',
              label: l('International Steering Committee', 'Comité directeur international', 'اللجنة التوجيهية الدولية'),
              type: 'group',
              // The network's staff decide who sits on the committee, not the city's own editors.
              access: { update: isStaffFieldLevel },
              fields: [
                { name: 'member', label: l('Sits on the committee', 'Siège au comité', 'عضو في اللجنة'), type: 'checkbox', defaultValue: false },
                {
                  type: 'row',
                  fields: [dayField('termStart', l('Term starts', 'Début du mandat', 'بداية الولاية')), dayField('termEnd', l('Term ends', 'Fin du mandat', 'نهاية الولاية'))],
                },
                { name: 'representative', label: l('Representative', 'Représentant', 'الممثل'), type: 'relationship', relationTo: 'people' },
              ],
            },
          ],
        },
      ],
    },
  ],
}
