import type { TextField } from 'payload'
import { isSafeUrl } from '../../shared/safe-url'
import { common, messages, say } from '../labels'

export function urlField(name: string, overrides: Partial<TextField> = {}): TextField {
  return {
    name,
    label: common.url,
    type: 'text',
    validate: (value: unknown, { req }: { req: { i18n?: { language?: string } } }) => (value == null || value === '' || isSafeUrl(value) ? true : say(messages.webAddress, req)),
    ...overrides,
  } as TextField
}
