import { localizedText } from '../../fields/localized-text'
import { hasRole } from '../../access/roles'
import type { CollectionConfig } from 'payload'
import { isStaff, isStaffOrCityEditorOf, isStaffOrCityEditorOfOrPublished, isStaffOrCityEditorOfVersions } from '../../access'
import { documentLanguageOptions } from '../../fields/document-languages'
import { slugField } from '../../fields/slug'
import { urlField } from '../../fields/url'
import { publishHooks } from '../../hooks/publishChange'
import { requireApprovalToPublish } from '../../hooks/requireApprovalToPublish'

export const Cities: CollectionConfig = {
  slug: 'cities',
  admin: {
    useAsTitle: 'name',
    group: 'Network',
    defaultColumns: ['name', 'country', 'lastReviewed', '_status'],
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
    localizedText('name', 120),
    slugField('name'),
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Key information',
          fields: [
            { name: 'country', type: 'relationship', relationTo: 'countries', required: true },
            {
              type: 'row',
              fields: [
                { name: 'population', type: 'number', min: 0, max: 100_000_000 },
                { name: 'populationYear', type: 'number', min: 1900, max: 2100 },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'latitude', type: 'number', required: true, min: -90, max: 90 },
                { name: 'longitude', type: 'number', required: true, min: -180, max: 180 },
              ],
            },
            { name: 'leaders', label: 'Local political leadership', type: 'relationship', relationTo: 'people', hasMany: true },
            {
              type: 'row',
              fields: [
                { name: 'memberSince', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
                { name: 'lastReviewed', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
              ],
            },
            {
              name: 'isSample',
              label: 'Sample content',
              type: 'checkbox',
              defaultValue: false,
              admin: { description: 'Shows visitors that the narrative is illustrative, not an official account.' },
            },
          ],
        },
        {
          label: 'Narrative',
          fields: [
            { name: 'background', type: 'richText', localized: true },
            { name: 'nationalOverview', type: 'richText', localized: true },
            { name: 'localOverview', type: 'richText', localized: true },
          ],
        },
        {
          label: 'Sources',
          fields: [
            {
              name: 'sourceGroups',
              label: 'Key sources & further reading',
              type: 'array',
              fields: [
                localizedText('title', 200),
                {
                  name: 'links',
                  type: 'array',
                  fields: [
                    localizedText('title', 300),
                    urlField('url', { required: true }),
                    { name: 'documentLanguage', type: 'select', options: documentLanguageOptions, required: true, defaultValue: 'en' },
                    { name: 'note', type: 'text', localized: true, maxLength: 200 },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: 'Initiatives & activities',
          fields: [
            {
              name: 'initiatives',
              label: 'Key initiatives',
              type: 'array',
              fields: [localizedText('title', 200), { name: 'body', type: 'richText', localized: true }, urlField('url')],
            },
            {
              name: 'sectorActivities',
              label: 'Additional activities by sector',
              type: 'array',
              fields: [
                { name: 'sector', type: 'relationship', relationTo: 'sectors', required: true },
                { name: 'body', type: 'richText', localized: true },
              ],
            },
          ],
        },
        {
          label: 'Network',
          fields: [
            { name: 'workingGroups', type: 'relationship', relationTo: 'working-groups', hasMany: true },
            { name: 'themes', label: 'Keywords', type: 'relationship', relationTo: 'themes', hasMany: true },
            {
              name: 'steeringCommittee',
              label: 'International Steering Committee',
              type: 'group',
              // The network's staff decide who sits on the committee, not the city's own editors.
              access: { update: ({ req }) => hasRole(req.user, 'admin', 'editor') },
              fields: [
                { name: 'member', label: 'Sits on the committee', type: 'checkbox', defaultValue: false },
                {
                  type: 'row',
                  fields: [
                    { name: 'termStart', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
                    { name: 'termEnd', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
                  ],
                },
                { name: 'representative', type: 'relationship', relationTo: 'people' },
              ],
            },
          ],
        },
      ],
    },
  ],
}
