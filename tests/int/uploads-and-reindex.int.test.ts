import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { searchEngine } from '../../src/search/engine'
import { reindexAll } from '../../src/search/sync'
import { placeholderPdf } from '../../src/services/seed/placeholder-pdf'
import { createTestSite, type TestSite } from '../helpers/site'

let site: TestSite
beforeAll(async () => {
  site = await createTestSite()
})
afterAll(async () => {
  await site?.app.close()
})

const upload = (data: Buffer, name: string, mimetype: string) =>
  site.payload.create({ collection: 'documents', data: { audience: 'public' }, file: { data, name, mimetype, size: data.length }, overrideAccess: true })

describe('resource files', () => {
  it('accepts a real PDF', async () => {
    const doc = await upload(placeholderPdf('A guide', 'Test'), 'guide.pdf', 'application/pdf')
    expect(doc.mimeType).toBe('application/pdf')
  })

  it('refuses a file that only claims to be a PDF', async () => {
    const script = Buffer.from('<html><script>alert(1)</script></html>')
    await expect(upload(script, 'report.pdf', 'application/pdf')).rejects.toThrow()
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512)])
    await expect(upload(exe, 'toolkit.pdf', 'application/pdf')).rejects.toThrow()
  })

  it('refuses files over 10 MB', async () => {
    const big = Buffer.concat([placeholderPdf('Big', 'Big'), Buffer.alloc(11 * 1024 * 1024)])
    await expect(upload(big, 'big.pdf', 'application/pdf')).rejects.toThrow()
  })
})

describe('npm run search:reindex', () => {
  it('rebuilds exactly the same index from scratch', async () => {
    const engine = searchEngine(site.payload)
    const everything = { q: '', locale: 'en' as const, filters: {}, sort: 'date' as const, page: 1, pageSize: 100, includeMembersOnly: true }
    const before = await engine.search(everything)
    await engine.clear()
    expect((await engine.search(everything)).total).toBe(0)
    const count = await reindexAll(site.payload)
    const after = await engine.search(everything)
    expect(after.total).toBe(before.total)
    expect(count).toBe(before.total)
    expect(after.hits.map((h) => h.key).sort()).toEqual(before.hits.map((h) => h.key).sort())
  })
})
