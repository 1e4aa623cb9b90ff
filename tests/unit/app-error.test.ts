import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { localeCodes } from '../../src/content/locales'
import { AppError, appErrorCodes, defaultMessageKey, fieldMessages, httpStatus, parseInput } from '../../src/content/app-error'
import { fieldErrors } from '../../src/site/forms/field-errors'
import { appErrorJson, toAppError, wantsJson } from '../../src/site/http-errors'
import { createTranslator, messagesByLocale } from '../../src/content/i18n/translate'
import { exampleContext } from '../../src/site/views/examples'
import { ErrorPage } from '../../src/site/views/pages/ErrorPage'

describe('AppError codes', () => {
  it('map to one HTTP status each', () => {
    expect(Object.fromEntries(appErrorCodes.map((code) => [code, httpStatus(code)]))).toEqual({
      'invalid-input': 400,
      'invalid-credentials': 400,
      'account-locked': 400,
      unverified: 400,
      csrf: 403,
      forbidden: 403,
      'members-only': 403,
      'not-found': 404,
      'method-not-allowed': 405,
      'too-large': 413,
      'unsupported-media-type': 415,
      'rate-limited': 429,
      internal: 500,
    })
    expect(new AppError('rate-limited').status).toBe(429)
  })

  it.each(localeCodes)('have their own sentence in %s', (locale) => {
    for (const code of appErrorCodes) {
      const key = defaultMessageKey(code)
      expect(messagesByLocale[locale][key], `${locale}:${key}`).toBeTruthy()
      if (locale !== 'en') expect(messagesByLocale[locale][key], `${locale}:${key}`).not.toBe(messagesByLocale.en[key])
    }
  })

  it('carry a message key, params and field errors', () => {
    const error = new AppError('invalid-input', { message: 'api.error.number', params: { detail: 'limit' }, fields: { limit: 'form.error.invalid' } })
    expect(error).toBeInstanceOf(Error)
    expect(error).toMatchObject({ name: 'AppError', code: 'invalid-input', messageKey: 'api.error.number', params: { detail: 'limit' }, fields: { limit: 'form.error.invalid' } })
    expect(new AppError('not-found').messageKey).toBe('api.error.notFound')
  })
})

describe('AppError in JSON', () => {
  it('gives the code and the sentence in the asker’s language', () => {
    expect(appErrorJson(new AppError('rate-limited'), createTranslator('fr'))).toEqual({
      errors: [{ code: 'rate-limited', message: 'Trop de requêtes ont été envoyées en peu de temps. Patientez quelques minutes et réessayez.' }],
    })
    expect(appErrorJson(new AppError('not-found'), createTranslator('ar'))).toEqual({ errors: [{ code: 'not-found', message: messagesByLocale.ar['api.error.notFound'] }] })
    expect(appErrorJson(new AppError('internal'), createTranslator('ar')).errors[0].message).toBe('حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى بعد بضع دقائق.')
  })

  it('fills params and keeps documented details', () => {
    const number = new AppError('invalid-input', { message: 'api.error.number', params: { detail: 'limit' } })
    expect(appErrorJson(number, createTranslator('fr')).errors[0].message).toContain('« limit »')
    const search = new AppError('invalid-input', {
      message: 'api.error.parameters',
      details: { error: 'invalid_parameters', issues: [{ parameter: 'type', message: 'Invalid option' }] },
    })
    expect(appErrorJson(search, createTranslator('en'))).toMatchObject({ error: 'invalid_parameters', issues: [{ parameter: 'type' }], errors: [{ code: 'invalid-input' }] })
  })

  it('is for /api addresses only', () => {
    expect(wantsJson('/api/search?q=x')).toBe(true)
    expect(wantsJson('/en/search?q=x')).toBe(false)
  })
})

describe('AppError as a page', () => {
  it.each([
    ['fr', 'rate-limited', 'Trop de tentatives'],
    ['ar', 'not-found', 'الصفحة غير موجودة'],
  ] as const)('in %s, %s gets its status page', (locale, code, title) => {
    const status = httpStatus(code)
    const html = renderToStaticMarkup(createElement(ErrorPage, { ctx: exampleContext(locale), status }))
    expect(html).toContain(`<h1>${title}`)
  })

  it('shows a status without a page of its own as the 400 page', () => {
    const html = (status: number) => renderToStaticMarkup(createElement(ErrorPage, { ctx: exampleContext('en'), status }))
    expect(html(httpStatus('method-not-allowed'))).toBe(html(400))
  })
})

describe('errors from elsewhere', () => {
  it('map Fastify’s by status and anything else to internal', () => {
    const fastify = (statusCode: number) => Object.assign(new Error('framework'), { statusCode })
    expect(toAppError(fastify(413)).code).toBe('too-large')
    expect(toAppError(fastify(429)).code).toBe('rate-limited')
    expect(toAppError(fastify(403)).code).toBe('forbidden')
    expect(toAppError(fastify(415)).code).toBe('invalid-input')
    expect(toAppError(fastify(503)).code).toBe('internal')
    expect(toAppError(new TypeError('boom')).code).toBe('internal')
    const own = new AppError('csrf')
    expect(toAppError(own)).toBe(own)
  })
})

describe('field errors', () => {
  const schema = z.object({ email: z.email({ message: 'form.error.email' }), name: z.string().min(1, 'form.error.name').max(3) })

  it('are message keys, the first per field, zod’s own English as the general one', () => {
    const parsed = schema.safeParse({ email: 'nope', name: 'far too long' })
    expect(parsed.success).toBe(false)
    expect(fieldMessages(parsed.error!)).toEqual({ email: 'form.error.email', name: 'form.error.invalid' })
  })

  it('come from parseInput as invalid-input, and read in the page’s language', () => {
    expect(parseInput(schema, { email: 'a@b.org', name: 'Al' })).toEqual({ email: 'a@b.org', name: 'Al' })
    let thrown: unknown
    try {
      parseInput(schema, { email: 'nope', name: 'Al' })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(AppError)
    const error = thrown as AppError
    expect(error.status).toBe(400)
    expect(fieldErrors(error.fields!, createTranslator('fr')).email).toBe(messagesByLocale.fr['form.error.email'])
    expect(fieldErrors(error.fields!, createTranslator('ar')).email).toBe(messagesByLocale.ar['form.error.email'])
  })
})
