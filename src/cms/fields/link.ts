import type { TextField } from 'payload'
import { isSafeUrl } from '../../shared/safe-url'
import { common, l, say } from '../labels'

const invalidLink = l(
  'Enter a site path such as /join, or an address starting with https://, http:// or mailto:.',
  'Saisissez un chemin du site comme /join, ou une adresse commençant par https://, http:// ou mailto:.',
  'أدخل مسارًا في الموقع مثل ‎/join‎، أو عنوانًا يبدأ بـ https:// أو http:// أو mailto:.',
)

/** A link inside the hub ("/join", shown in the visitor's language) or a full http(s)/mailto address. */
export function linkField(name: string, overrides: Partial<TextField> = {}): TextField {
  return {
    name,
    label: common.link,
    type: 'text',
    required: true,
    maxLength: 500,
    admin: {
      description: l(
        'A page of this site without the language, such as /join, or a full address starting with https://.',
        'Une page de ce site sans la langue, comme /join, ou une adresse complète commençant par https://.',
        'صفحة من هذا الموقع بدون رمز اللغة، مثل ‎/join‎، أو عنوان كامل يبدأ بـ https://.',
      ),
    },
    validate: (value: unknown, { req }: { req: { i18n?: { language?: string } } }) =>
      typeof value === 'string' && (/^\/(?!\/)[^\s]*$/.test(value) || isSafeUrl(value)) ? true : say(invalidLink, req),
    ...overrides,
  } as TextField
}
