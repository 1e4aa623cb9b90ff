import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { Cities } from '../../src/cms/collections/Cities'
import { Events } from '../../src/cms/collections/Events'
import { NewsArticles } from '../../src/cms/collections/NewsArticles'
import { NewsletterIssues } from '../../src/cms/collections/NewsletterIssues'
import { Resources } from '../../src/cms/collections/Resources'
import { TrainingModules } from '../../src/cms/collections/TrainingModules'
import type { LocalizedSpec } from '../../src/content/localized'
import { localizedFields } from '../../src/content/localized-fields'

/** The localized fields a collection declares, as a spec: rows, tabs and collapsibles are layout, arrays nest. */
function specOf(fields: Field[]): LocalizedSpec {
  const spec: Record<string, true | LocalizedSpec> = {}
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') Object.assign(spec, specOf(field.fields))
    else if (field.type === 'tabs') for (const tab of field.tabs) Object.assign(spec, specOf(tab.fields))
    else if ('localized' in field && field.localized && 'name' in field) spec[field.name] = true
    else if (field.type === 'array') {
      const rows = specOf(field.fields)
      if (Object.keys(rows).length) spec[field.name] = rows
    }
  }
  return spec
}

describe('localized fields', () => {
  it.each([Cities, Events, NewsArticles, NewsletterIssues, Resources, TrainingModules])('lists exactly what $slug declares localized', (collection) => {
    expect(localizedFields[collection.slug as keyof typeof localizedFields]).toEqual(specOf(collection.fields))
  })
})
