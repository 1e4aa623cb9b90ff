import type { TextField } from 'payload'
import { isSafeUrl } from '../../shared/safe-url'

export function urlField(name: string, overrides: Partial<TextField> = {}): TextField {
  return {
    name,
    type: 'text',
    validate: (value: unknown) => (value == null || value === '' || isSafeUrl(value) ? true : 'Enter a full web address starting with https://, http:// or mailto:.'),
    ...overrides,
  } as TextField
}
