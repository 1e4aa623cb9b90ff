import type { ParsedMail } from 'mailparser'
import { describe, expect, inject, it } from 'vitest'
import { useBrowser } from '../helpers/e2e'
import { readMailbox, recipients } from '../helpers/mailbox'

const baseURL = inject('baseURL')
const mailDir = inject('mailDir')
const browser = useBrowser()

describe('resource hub account in a real browser', () => {
  it('registers, confirms the address from the email, signs in and out', async () => {
    const context = await browser().newContext({ baseURL })
    const page = await context.newPage()
    await page.goto('/en/account/register')
    await page.getByLabel('Your name').fill('Tomás Ruiz')
    await page.getByLabel('Email address').fill('tomas@city.example')
    await page.getByLabel('New password').fill('river lamp orchard 1987')
    await page.waitForTimeout(2600)
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.waitForURL('**/en/account/registered')

    let mail: ParsedMail | undefined
    await expect.poll(async () => (mail = (await readMailbox(mailDir)).find((m) => recipients(m).includes('tomas@city.example'))), { timeout: 10_000 }).toBeDefined()
    const link = mail!.text!.match(/\((http[^)]*verify[^)]*)\)/)![1]
    await page.goto(link)
    await page.getByRole('button', { name: 'Confirm my address' }).click()
    await page.getByRole('heading', { name: 'Your address is confirmed' }).waitFor()

    await page.goto('/en/account/sign-in')
    await page.getByLabel('Email address').fill('tomas@city.example')
    await page.getByLabel('Password').fill('river lamp orchard 1987')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL('**/en/account')
    expect(await page.locator('.lead').first().textContent()).toContain('tomas@city.example')
    const session = (await context.cookies()).find((c) => c.name === 'payload-token')!
    expect(session.httpOnly).toBe(true)
    expect(session.sameSite).toBe('Lax')

    // The header names the member on every page, public ones included, and signs them out from there.
    await page.goto('/en/cities')
    const header = page.getByRole('banner')
    expect(await header.getByRole('link', { name: 'Signed in as Tomás Ruiz: your account' }).textContent()).toBe('Tomás Ruiz')
    await header.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL((url) => url.pathname === '/en')
    expect(await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).isVisible()).toBe(true)
    expect((await context.cookies()).find((c) => c.name === 'payload-token')).toBeUndefined()
    await context.close()
  })
})

describe('becoming a member city', () => {
  it('applies with JavaScript disabled', async () => {
    const context = await browser().newContext({ baseURL, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/en/join')
    const fill = async (label: string, value: string) => page.getByLabel(label, { exact: true }).fill(value)
    await fill('City', 'Mombasa')
    await page.selectOption('#field-country', 'KE')
    await fill('Your name', 'Wanjiru Otieno')
    await fill('Your role', 'Head of community safety')
    await fill('Email address', 'wanjiru@mombasa.example')
    await fill('Name of the mayor or political leader', 'Sample Governor')
    await fill('Their role', 'Governor')
    await fill("Focal point's name", 'Baraka Mwangi')
    await fill("Focal point's email address", 'baraka@mombasa.example')
    await fill('Why does your city want to join the network?', 'To learn from other port cities.')
    await page.waitForTimeout(2600)
    await page.getByRole('button', { name: 'Send the application' }).click()
    // The prevention question was left empty: the form says so and keeps the rest.
    await page.waitForSelector('.error-summary')
    expect(await page.locator('#error-preventionWork').textContent()).toContain("Tell us about your city's current work")
    expect(await page.getByLabel('City', { exact: true }).inputValue()).toBe('Mombasa')
    await fill('What does your city already do to prevent hate and extremism?', 'A county action plan and youth forums.')
    await page.getByLabel(/I confirm that my city agrees/).check()
    await page.waitForTimeout(2600)
    await page.getByRole('button', { name: 'Send the application' }).click()
    await page.waitForURL('**/en/join/sent')
    expect(await page.locator('h1').textContent()).toBe('Application received')
    await context.close()
  })

  it('applies in French from a country with no member city yet, with the population written "250 000"', async () => {
    const context = await browser().newContext({ baseURL, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/fr/join')
    const fill = async (label: string, value: string) => page.getByLabel(label, { exact: true }).fill(value)
    await fill('Ville', 'Valdivia')
    await page.getByLabel('Pays').selectOption({ label: 'Chili' })
    await page.getByLabel(/^Population/).fill('250 000')
    await fill('Votre nom', 'Camila Rojas')
    await fill('Votre fonction', 'Directrice de la sécurité')
    await fill('Adresse e-mail', 'camila@valdivia.example')
    await page.getByLabel(/^Nom du maire/).fill('Maire de démonstration')
    await page.getByLabel(/^Sa fonction/).fill('Maire')
    await page.getByLabel(/^Nom du point focal/).fill('Diego Soto')
    await page.getByLabel(/^Adresse e-mail du point focal/).fill('diego@valdivia.example')
    await page.getByLabel(/^Pourquoi/).fill('Pour apprendre des autres villes universitaires.')
    await page.getByLabel(/^Que fait déjà/).fill('Un conseil local de prévention.')
    const terms = page.locator('form').getByRole('link', { name: 'conditions d’utilisation' })
    expect(await terms.getAttribute('href')).toBe('/fr/terms')
    await page.getByLabel(/^Je confirme/).check()
    await page.waitForTimeout(2600)
    await page.getByRole('button', { name: /candidature/ }).click()
    await page.waitForURL('**/fr/join/sent')

    let notice: ParsedMail | undefined
    await expect.poll(async () => (notice = (await readMailbox(mailDir)).find((m) => m.subject === 'New membership application: Valdivia')), { timeout: 20_000 }).toBeDefined()
    expect(notice!.text).toContain('Chile')
    expect(notice!.text).toContain('250,000')
    await context.close()
  })
})

describe('a members-only resource', () => {
  it('asks an anonymous visitor to sign in, then brings them back to it', async () => {
    const context = await browser().newContext({ baseURL, javaScriptEnabled: false })
    const page = await context.newPage()
    const path = '/en/resources/case-conference-simulation-facilitator-pack'
    const asked = await page.goto(path)
    expect(asked!.status()).toBe(403)
    expect(await page.locator('h1').textContent()).toBe('This resource is for hub members')
    expect(await page.getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe('/en/account/register')
    await page.getByLabel('Email address').fill('editor@hub.example')
    await page.getByLabel('Password').fill('a wrong password')
    await page.waitForTimeout(2600)
    await page.getByRole('button', { name: 'Sign in' }).click()
    // A wrong password shows the form again, still on its way back to the resource.
    await page.waitForSelector('.error-summary')
    await page.getByLabel('Password').fill('demo-editor-password')
    await page.waitForTimeout(2600)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(`**${path}`)
    expect(await page.locator('h1').textContent()).toContain('Confidential facilitator pack')
    await context.close()
  })
})

describe('password fields', () => {
  it('show the password on request with JavaScript, and stay plain password fields without it', async () => {
    const context = await browser().newContext({ baseURL })
    const page = await context.newPage()
    await page.goto('/ar/account/sign-in')
    const field = page.locator('#field-password')
    await field.fill('river lamp orchard 1987')
    const reveal = page.getByRole('button', { name: 'إظهار كلمة المرور' })
    await reveal.click()
    expect(await field.getAttribute('type')).toBe('text')
    expect(await field.inputValue()).toBe('river lamp orchard 1987')
    const hide = page.getByRole('button', { name: 'إخفاء كلمة المرور' })
    expect(await hide.getAttribute('aria-pressed')).toBe('true')
    await hide.click()
    expect(await field.getAttribute('type')).toBe('password')
    await context.close()

    const plain = await browser().newContext({ baseURL, javaScriptEnabled: false })
    const noScript = await plain.newPage()
    await noScript.goto('/ar/account/sign-in')
    expect(await noScript.locator('button[data-reveal]').isVisible()).toBe(false)
    expect(await noScript.locator('#field-password').getAttribute('type')).toBe('password')
    await plain.close()
  })
})
