import { describe, expect, it } from 'vitest'
import { kickMailQueue } from '../../src/services/mail/mail-queue'
import { openForm, postForm } from '../helpers/forms'
import { readMailbox, recipients } from '../helpers/mailbox'
import { useTestSiteWithMailbox } from '../helpers/site'

const env = useTestSiteWithMailbox()

const application = {
  cityName: 'Mombasa',
  country: 'KE',
  population: '1208333',
  applicantName: 'Wanjiru Otieno',
  applicantRole: 'Head of community safety',
  applicantEmail: 'wanjiru@mombasa.example',
  applicantPhone: '+254 700 000000',
  leaderName: 'Sample Governor',
  leaderRole: 'Governor',
  focalPointName: 'Baraka Mwangi',
  focalPointEmail: 'baraka@mombasa.example',
  motivation: 'We want to learn from other port cities.',
  preventionWork: 'A county action plan and youth dialogue forums.',
  consent: 'yes',
}

async function mailsTo(address: string) {
  await kickMailQueue(env.site.payload)
  return (await readMailbox(env.mailbox)).filter((m) => recipients(m).includes(address))
}

describe('becoming a member city', () => {
  it('explains missing answers and keeps everything typed', async () => {
    const { cookie, guard } = await openForm(env.site, '/fr/join')
    const res = await postForm(env.site, '/fr/join', { ...application, consent: '', population: 'many', ...guard }, cookie)
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('Confirmez les conditions d’adhésion')
    expect(res.body).toContain('Saisissez la population en nombre entier')
    expect(res.body).toContain('value="Wanjiru Otieno"')
    expect(res.body).toContain('>We want to learn from other port cities.</textarea>')
  })

  it('apply, review, approve: a draft city, a city editor invited by email, who edits only that city', async () => {
    const { cookie, guard } = await openForm(env.site, '/fr/join')
    const res = await postForm(env.site, '/fr/join', { ...application, ...guard }, cookie)
    expect(res.headers.location).toBe('/fr/join/sent')
    const { docs } = await env.site.payload.find({ collection: 'membership-applications', overrideAccess: true })
    expect(docs[0]).toMatchObject({ cityName: 'Mombasa', status: 'received', locale: 'fr' })
    expect((await mailsTo('wanjiru@mombasa.example')).map((m) => m.subject)).toEqual(['Votre candidature pour Mombasa'])

    const editor = {
      ...(await env.site.payload.find({ collection: 'users', where: { email: { equals: 'editor@hub.example' } }, overrideAccess: true })).docs[0],
      collection: 'users' as const,
    }
    await env.site.payload.update({ collection: 'membership-applications', id: docs[0].id, data: { status: 'under-review' }, user: editor, overrideAccess: false })
    await env.site.payload.update({ collection: 'membership-applications', id: docs[0].id, data: { status: 'approved', notes: 'Welcome!' }, user: editor, overrideAccess: false })
    // Both changes were made before the queue ran, so the two mails may leave in either order.
    expect((await mailsTo('wanjiru@mombasa.example')).map((m) => m.subject).sort()).toEqual([
      'Bienvenue dans le réseau, Mombasa',
      'La candidature de Mombasa est en cours d’examen',
      'Votre candidature pour Mombasa',
    ])

    const approved = await env.site.payload.findByID({ collection: 'membership-applications', id: docs[0].id, depth: 0, overrideAccess: true })
    const cityId = approved.city as number
    const city = await env.site.payload.findByID({ collection: 'cities', id: cityId, draft: true, overrideAccess: true })
    // Mombasa is already a member: the draft gets an address of its own beside it, for staff to merge or publish.
    expect(city).toMatchObject({ name: 'Mombasa', slug: 'mombasa-ke', _status: 'draft', population: 1208333 })
    expect((await env.site.get('/en/cities')).body).not.toContain('/en/cities/mombasa-ke')

    const invitation = (await mailsTo('baraka@mombasa.example'))[0]
    expect(invitation.subject).toBe('Vous êtes le point focal de Mombasa')
    const link = new URL(invitation.text!.match(/\((http[^)]*reset[^)]*)\)/)![1])
    const form = await openForm(env.site, link.pathname + link.search)
    const set = await postForm(env.site, link.pathname + link.search, { password: 'coral reef lighthouse 7', ...form.guard }, form.cookie)
    expect(set.body).toContain('Votre mot de passe a été changé')

    const { user } = await env.site.payload.login({ collection: 'users', data: { email: 'baraka@mombasa.example', password: 'coral reef lighthouse 7' } })
    const focalPoint = { ...user, collection: 'users' as const }
    const saved = await env.site.payload.update({
      collection: 'cities',
      id: cityId,
      data: { latitude: -4.0435, longitude: 39.6682 },
      user: focalPoint,
      overrideAccess: false,
      draft: true,
    })
    expect(saved.latitude).toBe(-4.0435)
    const { docs: rotterdam } = await env.site.payload.find({ collection: 'cities', where: { slug: { equals: 'rotterdam' } }, overrideAccess: true })
    await expect(env.site.payload.update({ collection: 'cities', id: rotterdam[0].id, data: { population: 1 }, user: focalPoint, overrideAccess: false })).rejects.toThrow()

    // Saving the application again does not create a second city or account.
    await env.site.payload.update({ collection: 'membership-applications', id: docs[0].id, data: { notes: 'Checked twice' }, user: editor, overrideAccess: false })
    expect((await env.site.payload.find({ collection: 'cities', where: { slug: { like: 'mombasa-ke' } }, draft: true, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('takes an application from a country with no member yet, with the population as a French reader writes it', async () => {
    const page = await env.site.get('/fr/join')
    const options = [...page.body.matchAll(/<option value="([A-Z]{2})">([^<]+)<\/option>/g)].map((m) => [m[1], m[2]])
    expect(options.length).toBeGreaterThan(240)
    expect(options).toContainEqual(['CL', 'Chili'])
    expect(page.body).toMatch(/<a href="\/fr\/terms">conditions d’utilisation<\/a>/)
    const { docs: before } = await env.site.payload.find({ collection: 'countries', where: { isoCode: { equals: 'CL' } }, draft: true, overrideAccess: true })
    expect(before).toEqual([])

    const { cookie, guard } = await openForm(env.site, '/fr/join')
    const chile = { ...application, cityName: 'Valparaíso', country: 'CL', population: '296 655', applicantEmail: 'ana@valparaiso.example', ...guard }
    const res = await postForm(env.site, '/fr/join', chile, cookie)
    expect(res.headers.location).toBe('/fr/join/sent')
    const { docs } = await env.site.payload.find({ collection: 'membership-applications', where: { cityName: { equals: 'Valparaíso' } }, depth: 0, overrideAccess: true })
    expect(docs[0].population).toBe(296_655)

    // The country is drafted for staff, named in every language, and not shown to anyone else.
    const names = await env.site.payload.findByID({ collection: 'countries', id: docs[0].country as number, locale: 'all', draft: true, overrideAccess: true })
    expect(names).toMatchObject({ isoCode: 'CL', _status: 'draft', name: { en: 'Chile', fr: 'Chili', ar: 'تشيلي' } })
    const anonymous = await env.site.payload.find({ collection: 'countries', where: { isoCode: { equals: 'CL' } }, overrideAccess: false })
    expect(anonymous.totalDocs).toBe(0)

    const settings = await env.site.payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
    const [notice] = (await mailsTo(settings.inbox_membership)).filter((m) => m.subject === 'New membership application: Valparaíso')
    expect(notice.replyTo?.value[0].address).toBe('ana@valparaiso.example')
    expect(notice.text).toContain('Chile')
    expect(notice.text).toContain('296,655')
    expect(notice.text).toContain(application.preventionWork)
    expect(notice.text).toMatch(/\/admin\/collections\/membership-applications\/\d+/)

    // A second city of the same country finds the draft rather than making another.
    const again = await openForm(env.site, '/fr/join')
    const second = await postForm(env.site, '/fr/join', { ...chile, cityName: 'Santiago', population: '6.310.000', ...again.guard }, again.cookie)
    expect(second.headers.location).toBe('/fr/join/sent')
    expect((await env.site.payload.count({ collection: 'countries', where: { isoCode: { equals: 'CL' } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('refuses a country code that is not a country, and a population that could mean two numbers', async () => {
    const { cookie, guard } = await openForm(env.site, '/fr/join')
    const res = await postForm(env.site, '/fr/join', { ...application, country: 'ZZ', population: '2.5', ...guard }, cookie)
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('Choisissez votre pays')
    expect(res.body).toContain('Saisissez la population en nombre entier')
    expect(res.body).toContain('value="2.5"')
    expect((await env.site.payload.count({ collection: 'countries', where: { isoCode: { equals: 'ZZ' } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('keeps applications from anyone but staff', async () => {
    const { docs } = await env.site.payload.find({ collection: 'users', where: { email: { equals: 'rotterdam@hub.example' } }, overrideAccess: true })
    await expect(env.site.payload.find({ collection: 'membership-applications', overrideAccess: false, user: { ...docs[0], collection: 'users' } })).rejects.toThrow()
    await expect(env.site.payload.find({ collection: 'membership-applications', overrideAccess: false })).rejects.toThrow()
  })
})
