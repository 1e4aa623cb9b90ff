import type { CollectionBeforeChangeHook, Where } from 'payload'

/** A new issue starts with the resources and cities published since the last issue went out. */
export const fillNewsletterIssue: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.resources?.length || data.cities?.length) return data
  const { docs: last } = await req.payload.find({
    collection: 'newsletter-issues',
    where: { status: { equals: 'sent' } },
    sort: '-sentAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const since = last[0]?.sentAt ?? new Date(Date.now() - 31 * 24 * 60 * 60 * 1000).toISOString()
  const published: Where[] = [{ _status: { equals: 'published' } }, { updatedAt: { greater_than: since } }]
  const recent: Where = { and: published }
  const [resources, cities] = await Promise.all([
    req.payload.find({
      collection: 'resources',
      where: { and: [...published, { audience: { equals: 'public' } }] },
      sort: '-publishedOn',
      limit: 20,
      depth: 0,
      overrideAccess: true,
      req,
    }),
    req.payload.find({ collection: 'cities', where: recent, sort: '-updatedAt', limit: 10, depth: 0, overrideAccess: true, req }),
  ])
  return { ...data, resources: resources.docs.map((d) => d.id), cities: cities.docs.map((d) => d.id) }
}
