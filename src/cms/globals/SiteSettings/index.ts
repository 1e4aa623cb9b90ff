import { isOnlyCityEditor } from '../../access/roles'
import type { GlobalConfig } from 'payload'
import { isAnyone, isStaff, isStaffFieldLevel } from '../../access'
import { contactTopicLabels, contactTopics } from '../../collections/ContactMessages'
import { brandFields } from '../../fields/brand'
import { publishGlobalChange } from '../../hooks/publishChange'
import { groups, l } from '../../labels'

/** What a network changes to make the hub its own. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: l('Site settings', 'Paramètres du site', 'إعدادات الموقع'),
  admin: { group: groups.administration, hidden: ({ user }) => isOnlyCityEditor(user) },
  access: { read: isAnyone, update: isStaff },
  hooks: { afterChange: [publishGlobalChange] },
  fields: [
    {
      name: 'networkName',
      label: l('Network name', 'Nom du réseau', 'اسم الشبكة'),
      type: 'text',
      localized: true,
      required: true,
      defaultValue: 'Strong Cities Network',
      maxLength: 120,
    },
    { name: 'tagline', label: l('Tagline', 'Slogan', 'الشعار النصي'), type: 'textarea', localized: true, maxLength: 500 },
    { name: 'introduction', label: l('Introduction', 'Introduction', 'المقدمة'), type: 'textarea', localized: true, maxLength: 2000 },
    brandFields,
    {
      type: 'collapsible',
      label: l('Where contact messages go', 'Destination des messages de contact', 'وجهة رسائل التواصل'),
      fields: contactTopics.map((topic) => ({
        name: `inbox_${topic}`,
        label: l(
          `Inbox for ${contactTopicLabels[topic].en.toLowerCase()} messages`,
          `Boîte pour les messages « ${contactTopicLabels[topic].fr} »`,
          `صندوق بريد رسائل «${contactTopicLabels[topic].ar}»`,
        ),
        type: 'email' as const,
        defaultValue: `${topic}@hub.example`,
        required: true,
        // Staff inboxes are not for harvesting from the public API.
        access: { read: isStaffFieldLevel },
      })),
    },
    {
      name: 'cityEditorsNeedApproval',
      label: l('City editors need an editor to publish', 'Les éditeurs de ville ont besoin d’un éditeur pour publier', 'يحتاج محررو المدن إلى محرر لنشر التغييرات'),
      type: 'checkbox',
      defaultValue: false,
    },
  ],
}
