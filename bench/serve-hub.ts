/** The hub's public site on its own process for the benchmark: demo content, warm cache, no Next. */
import { buildHttpApp } from '../src/http-app'
import { seedDemoContent } from '../src/services/seed/seed-demo-content'
import { createTestPayload } from '../tests/helpers/test-payload'

const payload = await createTestPayload()
await seedDemoContent(payload)
const app = await buildHttpApp({ payload, origin: 'http://localhost:3000' })
await app.listen({ port: 0, host: '127.0.0.1' })
const { port } = app.server.address() as { port: number }
console.log(`READY ${port}`)
