import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../helpers/browser'
import { readMailbox, recipients } from '../helpers/mailbox'

const baseURL = inject('baseURL')
const mailDir = inject('mailDir')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('resource hub account in a real browser', () => {
  it('registers, confirms the address from the email, signs in and out', async () => {
    const context = await browser.newContext({ baseURL })
    const page = await context.newPage()
    await page.goto('/en/account/register')
    await page.getByLabel('Your name').fill('Tomás Ruiz')
    await page.getByLabel('Email address').fill('tomas@city.example')
    await page.getByLabel('New password').fill('river lamp orchard 1987')
    await page.waitForTimeout(2600)
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.waitForURL('**/en/account/registered')

    let mail
    await expect.poll(async () => (mail = (await readMailbox(mailDir)).find((m) => recipients(m).includes('tomas@city.example'))), { timeout: 10_000 }).toBeDefined()
    const link = mail!.text!.match(/\((http[^)]*verify[^)]*)\)/)![1]
    await page.goto(link)
    await page.getByRole('button', { name: 'Confirm my address' }).click()
    await page.getByText('Your address is confirmed').waitFor()

    await page.goto('/en/account/sign-in')
    await page.getByLabel('Email address').fill('tomas@city.example')
    await page.getByLabel('Password').fill('river lamp orchard 1987')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL('**/en/account')
    expect(await page.locator('.lead').first().textContent()).toContain('tomas@city.example')
    const session = (await context.cookies()).find((c) => c.name === 'payload-token')!
    expect(session.httpOnly).toBe(true)
    expect(session.sameSite).toBe('Lax')

    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL((url) => url.pathname === '/en')
    expect((await context.cookies()).find((c) => c.name === 'payload-token')).toBeUndefined()
    await context.close()
  })
})
