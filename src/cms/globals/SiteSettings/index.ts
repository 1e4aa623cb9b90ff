import type { GlobalConfig } from 'payload'
import { isAnyone, isStaff, isStaffFieldLevel } from '../../access'
import { publishGlobalChange } from '../../hooks/publishChange'

/** What a network changes to make the hub its own. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  admin: { group: 'Administration' },
  access: { read: isAnyone, update: isStaff },
  hooks: { afterChange: [publishGlobalChange] },
  fields: [
    { name: 'networkName', type: 'text', localized: true, required: true, defaultValue: 'Strong Cities Network', maxLength: 120 },
    { name: 'tagline', type: 'textarea', localized: true, maxLength: 500 },
    { name: 'introduction', type: 'textarea', localized: true, maxLength: 2000 },
    {
      type: 'collapsible',
      label: 'Where contact messages go',
      fields: ['general', 'press', 'membership', 'support'].map((topic) => ({
        name: `inbox_${topic}`,
        label: `Inbox for ${topic} messages`,
        type: 'email' as const,
        defaultValue: `${topic}@hub.example`,
        required: true,
        // Staff inboxes are not for harvesting from the public API.
        access: { read: isStaffFieldLevel },
      })),
    },
    {
      name: 'cityEditorsNeedApproval',
      label: 'City editors need an editor to publish',
      type: 'checkbox',
      defaultValue: false,
    },
  ],
}
