import type { TextField } from 'payload'
import { isSafeUrl } from '../../shared/safe-url'

/** A link inside the hub ("/join", shown in the visitor's language) or a full http(s)/mailto address. */
export function linkField(name: string, overrides: Partial<TextField> = {}): TextField {
  return {
    name,
    label: 'Link',
    type: 'text',
    required: true,
    maxLength: 500,
    admin: { description: 'A page of this site without the language, such as /join, or a full address starting with https://.' },
    validate: (value: unknown) =>
      typeof value === 'string' && (/^\/(?!\/)[^\s]*$/.test(value) || isSafeUrl(value))
        ? true
        : 'Enter a site path such as /join, or an address starting with https://, http:// or mailto:.',
    ...overrides,
  } as TextField
}
