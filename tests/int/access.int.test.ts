import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createTestPayload } from '../helpers/test-payload'

let payload: Payload
const ids: Record<string, number | string> = {}

async function userByEmail(email: string) {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })
  return { ...docs[0], collection: 'users' as const }
}

beforeAll(async () => {
  payload = await createTestPayload()
  for (const slug of ['rotterdam', 'amman']) {
    const { docs } = await payload.find({ collection: 'cities', where: { slug: { equals: slug } }, limit: 1, depth: 0 })
    ids[slug] = docs[0].id
  }
})

describe('roles', () => {
  it('lets a city editor edit their own city', async () => {
    const user = await userByEmail('rotterdam@hub.example')
    const updated = await payload.update({ collection: 'cities', id: ids.rotterdam, data: { population: 611_000 }, user, overrideAccess: false, draft: true })
    expect(updated.population).toBe(611_000)
  })

  it('refuses a city editor any other city', async () => {
    const user = await userByEmail('rotterdam@hub.example')
    await expect(payload.update({ collection: 'cities', id: ids.amman, data: { population: 1 }, user, overrideAccess: false })).rejects.toThrow(/not allowed|forbidden/i)
    const amman = await payload.findByID({ collection: 'cities', id: ids.amman, depth: 0 })
    expect(amman.population).not.toBe(1)
  })

  it('stops a city editor publishing when the network requires an editor’s approval', async () => {
    const user = await userByEmail('rotterdam@hub.example')
    await payload.updateGlobal({ slug: 'site-settings', data: { cityEditorsNeedApproval: true } })
    await expect(payload.update({ collection: 'cities', id: ids.rotterdam, data: { population: 612_000, _status: 'published' }, user, overrideAccess: false })).rejects.toThrow(
      /editor must publish/,
    )
    const draft = await payload.update({ collection: 'cities', id: ids.rotterdam, data: { population: 612_000 }, user, overrideAccess: false, draft: true })
    expect(draft.population).toBe(612_000)

    const editor = await userByEmail('editor@hub.example')
    const published = await payload.update({ collection: 'cities', id: ids.rotterdam, data: { _status: 'published' }, user: editor, overrideAccess: false })
    expect(published._status).toBe('published')
    await payload.updateGlobal({ slug: 'site-settings', data: { cityEditorsNeedApproval: false } })
  })

  it('lets an editor, but not a city editor, create and delete cities', async () => {
    const cityEditor = await userByEmail('rotterdam@hub.example')
    const editor = await userByEmail('editor@hub.example')
    const { docs } = await payload.find({ collection: 'countries', limit: 1, depth: 0 })
    const data = { name: 'New city', slug: 'new-city', country: docs[0].id, latitude: 1, longitude: 1 }
    await expect(payload.create({ collection: 'cities', data, user: cityEditor, overrideAccess: false })).rejects.toThrow()
    const created = await payload.create({ collection: 'cities', data, user: editor, overrideAccess: false })
    await expect(payload.delete({ collection: 'cities', id: created.id, user: cityEditor, overrideAccess: false })).rejects.toThrow()
    await payload.delete({ collection: 'cities', id: created.id, user: editor, overrideAccess: false })
  })

  it('keeps members and anonymous visitors out of the back office and other people’s accounts', async () => {
    const member = await payload.create({ collection: 'users', data: { email: 'member@hub.example', password: 'a-long-member-password', name: 'Member', roles: ['member'] } })
    const users = payload.collections.users.config
    const canAdmin = users.access.admin as (args: { req: { user: unknown } }) => boolean
    expect(canAdmin({ req: { user: { ...member, collection: 'users' } } })).toBe(false)
    const seen = await payload.find({ collection: 'users', user: { ...member, collection: 'users' }, overrideAccess: false })
    expect(seen.docs.map((u) => u.email)).toEqual(['member@hub.example'])
    await expect(
      payload.update({ collection: 'users', id: member.id, data: { roles: ['admin'] }, user: { ...member, collection: 'users' }, overrideAccess: false }),
    ).resolves.toMatchObject({ roles: ['member'] })
  })
})
