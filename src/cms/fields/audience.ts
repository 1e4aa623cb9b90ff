import type { SelectField } from 'payload'

/** Who may see a resource (and its file): everyone, or signed-in hub members. */
export function audienceField(overrides: Partial<SelectField> = {}): SelectField {
  return {
    name: 'audience',
    type: 'select',
    required: true,
    defaultValue: 'public',
    options: [
      { value: 'public', label: 'Everyone' },
      { value: 'members', label: 'Hub members only' },
    ],
    ...overrides,
  } as SelectField
}
