import next from 'next'
import { startChangeFeed } from './cms/change-feed'
import { usesPostgres } from './cms/db'
import { applyMigrations } from './cms/migrate'
import { withStartupLock } from './cms/startup-lock'
import { publicOrigin } from './config/public-url'
import { getHubPayload } from './cms/get-payload'
import { buildHttpApp } from './http-app'
import { ensureSearchIndex } from './search/sync'
import { queuePendingContactMail } from './services/contact/send-contact-message'
import { deliverSoon } from './services/mail/mail-queue'
import { resumeNewsletterSending } from './services/newsletter/send-issue'
import { demoLogins, seedDemoContent } from './services/seed/seed-demo-content'

const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '127.0.0.1'
const origin = publicOrigin()

async function main() {
  const payload = await getHubPayload()
  await withStartupLock(async () => {
    await applyMigrations(payload)
    if (process.env.SEED_DEMO !== 'false') await seedDemoContent(payload)
    await ensureSearchIndex(payload)
  })

  // Other instances on the same PostgreSQL database hear of this one's changes, and it of theirs.
  const changeFeed = usesPostgres() ? await startChangeFeed(payload, process.env.DATABASE_URL!) : undefined

  const nextApp = next({ dev: false, dir: process.cwd(), hostname: host, port })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()

  const app = await buildHttpApp({ payload, origin, nextHandler: (req, res) => handle(req, res) })
  await app.listen({ port, host })

  // Work a crash cut short goes on now: contact messages not yet mailed, stored mail (and mail a dead
  // runner held), half-sent newsletters. Failed deliveries, and issues a dead instance left, are taken up from the timer every 15 s.
  queuePendingContactMail(payload, origin)
    .catch((error) => payload.logger.error({ err: error, msg: 'Queueing the mail of stored contact messages failed; it will be tried at the next start.' }))
    .finally(() => deliverSoon(payload))
  resumeNewsletterSending(payload).catch((error) => payload.logger.error({ err: error, msg: 'Resuming the newsletter failed; it will go on at the next start.' }))
  const mailTimer = setInterval(() => {
    deliverSoon(payload)
    resumeNewsletterSending(payload).catch((error) => payload.logger.error({ err: error, msg: 'Resuming the newsletter failed; it will be tried again.' }))
  }, 15_000)
  mailTimer.unref()

  const admin = demoLogins.find((l) => l.role === 'admin')!
  console.log(
    [
      '',
      `Strong Cities Hub is running.`,
      `  Public site:  ${origin}/en  (also /fr and /ar)`,
      `  Back office:  ${origin}/admin`,
      `  Demo admin:   ${admin.email} / ${admin.password}`,
      '',
    ].join('\n'),
  )

  const stop = async () => {
    await app.close()
    await changeFeed?.stop()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
