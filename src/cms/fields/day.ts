import type { DateField } from 'payload'
import type { Wording } from '../labels'

/** A calendar day, shown with its year (Payload's default for days leaves the year out). */
export function dayField(name: string, label: Wording, overrides: Partial<DateField> = {}): DateField {
  return {
    name,
    label,
    type: 'date',
    ...overrides,
    admin: { ...overrides.admin, date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
  } as DateField
}
