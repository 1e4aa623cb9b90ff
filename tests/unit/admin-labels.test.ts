import type { Field, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { slugField } from '../../src/cms/fields/slug'
import { urlField } from '../../src/cms/fields/url'
import { adminLanguages } from '../../src/cms/labels'

/**
 * Every word /admin shows comes in each back-office language. This walks the
 * sanitized config (so it sees what Payload fills in by itself, such as a
 * label made from a field's name) and names the path of every label,
 * description or option that is a plain string or lacks a language.
 *
 * Exempt: Payload's own collections (payload-*, which it translates itself
 * or never shows), fields Payload never shows (hidden, admin.hidden or
 * admin.disabled, like a block's name and a user's sessions), and
 * labels given as functions, which is how Payload translates the fields it
 * adds (createdAt, _status, upload and auth fields).
 */
type Problem = string

function check(path: string, value: unknown, problems: Problem[]) {
  if (value === undefined || value === false || typeof value === 'function') return
  if (typeof value === 'string') {
    problems.push(`${path}: plain string "${value}"`)
    return
  }
  const wording = value as Record<string, unknown>
  const missing = adminLanguages.filter((language) => typeof wording[language] !== 'string' || !(wording[language] as string).trim())
  if (missing.length) problems.push(`${path}: no ${missing.join(', ')}`)
}

function checkFields(path: string, fields: Field[], problems: Problem[]) {
  for (const field of fields) {
    const admin = field.admin as { description?: unknown; disabled?: boolean; hidden?: boolean } | undefined
    if (('hidden' in field && field.hidden) || admin?.hidden === true || admin?.disabled || field.type === 'ui') continue
    const here = 'name' in field && field.name ? `${path}.${field.name}` : `${path}.(${field.type})`
    if ('label' in field) check(`${here} label`, field.label, problems)
    else if ('name' in field) problems.push(`${here}: no label`)
    check(`${here} description`, admin?.description, problems)
    switch (field.type) {
      case 'select':
      case 'radio':
        for (const option of field.options) {
          if (typeof option === 'string') problems.push(`${here} option ${option}: plain string`)
          else check(`${here} option ${option.value}`, option.label, problems)
        }
        break
      case 'array':
        check(`${here} labels.singular`, field.labels?.singular, problems)
        check(`${here} labels.plural`, field.labels?.plural, problems)
        checkFields(here, field.fields, problems)
        break
      case 'blocks':
        check(`${here} labels.singular`, field.labels?.singular, problems)
        check(`${here} labels.plural`, field.labels?.plural, problems)
        for (const block of field.blocks) {
          check(`${here}[${block.slug}] labels.singular`, block.labels?.singular, problems)
          check(`${here}[${block.slug}] labels.plural`, block.labels?.plural, problems)
          checkFields(`${here}[${block.slug}]`, block.fields, problems)
        }
        break
      case 'tabs':
        for (const [index, tab] of field.tabs.entries()) {
          const tabPath = `${here}[${'name' in tab && tab.name ? tab.name : index}]`
          check(`${tabPath} label`, tab.label, problems)
          check(`${tabPath} description`, tab.description, problems)
          checkFields(tabPath, tab.fields, problems)
        }
        break
      case 'row':
      case 'collapsible':
      case 'group':
        checkFields(here, field.fields, problems)
        break
    }
  }
}

let config: SanitizedConfig

beforeAll(async () => {
  // The config keeps a generated secret in ./data unless one is given.
  process.env.PAYLOAD_SECRET ??= 'admin-labels-test'
  config = await (await import('../../src/cms/payload.config')).default
})

describe('the back office speaks en, fr and ar', () => {
  it('offers exactly those languages', () => {
    expect(Object.keys(config.i18n.supportedLanguages).sort()).toEqual([...adminLanguages].sort())
  })

  it('has every collection, global and field label, description and option in each language', () => {
    const problems: Problem[] = []
    for (const collection of config.collections.filter((c) => !c.slug.startsWith('payload-'))) {
      check(`${collection.slug} labels.singular`, collection.labels.singular, problems)
      check(`${collection.slug} labels.plural`, collection.labels.plural, problems)
      check(`${collection.slug} admin.group`, collection.admin.group, problems)
      checkFields(collection.slug, collection.fields, problems)
    }
    for (const global of config.globals) {
      check(`${global.slug} label`, global.label, problems)
      check(`${global.slug} admin.group`, global.admin.group, problems)
      checkFields(global.slug, global.fields, problems)
    }
    expect(problems).toEqual([])
  })
})

describe('our own validations', () => {
  type Validate = (value: unknown, options: { req: { i18n: { language: string } } }) => true | string
  const asked = (validate: unknown, value: unknown, language: string) => (validate as Validate)(value, { req: { i18n: { language } } })

  it('answer in the back-office user’s language', () => {
    expect(asked(slugField('name').validate, 'Not a slug', 'fr')).toMatch(/^Utilisez uniquement des minuscules/)
    expect(asked(slugField('name').validate, 'Not a slug', 'ar')).toMatch(/^استخدم الأحرف اللاتينية الصغيرة/)
    expect(asked(urlField('url').validate, 'javascript:alert(1)', 'en')).toMatch(/^Enter a full web address/)
    expect(asked(urlField('url').validate, 'https://example.org', 'ar')).toBe(true)
  })
})
