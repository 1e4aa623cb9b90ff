import { describe, expect, it } from 'vitest'
import { kickMailQueue } from '../../src/services/mail/mail-queue'
import { openForm, postForm } from '../helpers/forms'
import { readMailbox, recipients } from '../helpers/mailbox'
import { useTestSiteWithMailbox } from '../helpers/site'

const env = useTestSiteWithMailbox()

async function admin() {
  const { docs } = await env.site.payload.find({ collection: 'users', where: { email: { equals: 'admin@hub.example' } }, overrideAccess: true })
  return docs[0]
}

describe('the network’s brand', () => {
  it('shows the seeded logo in the header and as the browser icon, and costs no request with the default colours', async () => {
    const { body } = await env.site.get('/en')
    expect(body).toMatch(
      /<a class="site-header__name" href="\/en"><img class="site-header__logo" src="\/api\/media\/file\/brand-logo[^"]*" alt="" height="40"\/>Strong Cities Network<\/a>/,
    )
    expect(body).toMatch(/<link rel="icon" href="\/api\/media\/file\/brand-logo[^"]*"\/>/)
    expect(body).not.toContain('/brand.css')
  })

  it('refuses colours whose text would fall below WCAG AA, and keeps the brand as it was', async () => {
    const user = await admin()
    // Payload names the field in its error; our sentence, in the user's language, is the field's message.
    const refusal = (data: Record<string, string>) =>
      env.site.payload.updateGlobal({ slug: 'site-settings', data, user, overrideAccess: false }).then(
        () => 'saved',
        (error: { data?: { errors?: { message: string }[] } }) => error.data?.errors?.map((e) => e.message).join(' ') ?? String(error),
      )
    expect(await refusal({ primaryColour: '#f47738' })).toMatch(/^Text in white on this colour has a contrast of 2\.\d:1; WCAG AA needs at least 4\.5:1/)
    expect(await refusal({ accentColour: '#1d70b8' })).toMatch(/^Text in black on this colour has a contrast of/)
    expect(await refusal({ accentColour: 'yellow' })).toMatch(/six hexadecimal digits/)
    const settings = await env.site.payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
    expect(settings).toMatchObject({ primaryColour: '#0b3d5c', accentColour: '#ffdd00' })
  })

  it('puts new colours on every page and in mails, as soon as they are saved', async () => {
    await env.site.payload.updateGlobal({ slug: 'site-settings', data: { primaryColour: '#5b2a86', accentColour: '#f4c300' }, user: await admin(), overrideAccess: false })
    const { body } = await env.site.get('/fr/cities')
    const stylesheet = body.match(/<link rel="stylesheet" href="(\/brand\.css\?v=[0-9a-f]{10})"\/>/)?.[1]
    expect(stylesheet).toBeDefined()
    const css = await env.site.get(stylesheet!)
    expect(css.headers['content-type']).toContain('text/css')
    expect(css.body).toContain('--brand-primary:#5b2a86;--brand-primary-dark:#442065;--brand-accent:#f4c300')

    const { cookie, guard } = await openForm(env.site, '/ar/newsletter')
    await postForm(env.site, '/ar/newsletter', { email: 'layla@city.example', language: 'ar', ...guard }, cookie)
    await kickMailQueue(env.site.payload)
    const mail = (await readMailbox(env.mailbox)).find((m) => recipients(m).includes('layla@city.example'))!
    expect(mail.html).toMatch(/<p style="margin:0;padding:12px 16px;background:#5b2a86;color:#ffffff;font-weight:700;font-size:18px">شبكة المدن القوية<\/p>/)
  })
})
