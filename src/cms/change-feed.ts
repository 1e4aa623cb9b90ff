import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import pg from 'pg'
import { applyContentChange, type ContentChange, relayContentChanges } from '../shared/content-events'

/**
 * Several instances on one PostgreSQL database learn of each other's changes
 * through PostgreSQL itself: a committed change is sent with NOTIFY, and every
 * instance LISTENs on one connection of its own. No other server is needed.
 */
const channel = 'hub_content_changed'
/** How long a publish waits for its own notice to come back, which shows PostgreSQL has passed it to every listener. */
const echoWait = 1_000
const retryDelays = [250, 500, 1_000, 2_000, 5_000]
/** Names the listening connection in pg_stat_activity, for operators and for the test that cuts it. */
export const changeFeedApplicationName = 'hub-change-feed'

type Notice = { from: string; nonce: string; collections: string[] }

export type ChangeFeed = { stop: () => Promise<void> }

export async function startChangeFeed(payload: Payload, connectionString: string): Promise<ChangeFeed> {
  const self = randomUUID()
  const echoes = new Map<string, () => void>()
  const sender = new pg.Pool({ connectionString, max: 2 })
  sender.on('error', (error) => payload.logger.warn({ err: error, msg: 'A connection for change notices failed; it will be reopened.' }))
  let listener: pg.Client | undefined
  let stopped = false
  let attempt = 0

  const onNotice = (message: pg.Notification) => {
    if (message.channel !== channel || !message.payload) return
    const notice = JSON.parse(message.payload) as Notice
    if (notice.from === self) echoes.get(notice.nonce)?.()
    else applyContentChange({ collections: notice.collections })
  }

  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString, application_name: changeFeedApplicationName })
    client.on('notification', onNotice)
    client.on('error', () => undefined) // 'end' follows, and reconnects
    client.on('end', () => {
      if (stopped || listener !== client) return
      listener = undefined
      payload.logger.warn({ msg: 'The connection for change notices closed; reconnecting.' })
      void reconnect()
    })
    await client.connect()
    await client.query(`LISTEN ${channel}`)
    listener = client
  }

  const reconnect = async (): Promise<void> => {
    while (!stopped) {
      await new Promise((r) => setTimeout(r, retryDelays[Math.min(attempt, retryDelays.length - 1)]))
      attempt += 1
      try {
        await connect()
        attempt = 0
        // Notices sent while the connection was down are lost: whatever was cached may be stale.
        applyContentChange({ collections: [] })
        payload.logger.info({ msg: 'Change notices reconnected; caches emptied.' })
        return
      } catch (error) {
        payload.logger.warn({ err: error, msg: 'Reconnecting for change notices failed; trying again.' })
      }
    }
  }

  const relay = async (change: ContentChange): Promise<void> => {
    const nonce = randomUUID()
    const echoed = new Promise<void>((resolve) => {
      echoes.set(nonce, resolve)
      setTimeout(resolve, echoWait).unref()
    })
    const notice: Notice = { from: self, nonce, collections: change.collections }
    try {
      await sender.query('SELECT pg_notify($1, $2)', [channel, JSON.stringify(notice)])
      if (listener) await echoed
    } catch (error) {
      payload.logger.error({ err: error, msg: 'Telling other instances of a change failed; their caches may be stale until the next change.' })
    } finally {
      echoes.delete(nonce)
    }
  }

  await connect()
  relayContentChanges(relay)
  return {
    stop: async () => {
      stopped = true
      relayContentChanges(undefined)
      await listener?.end()
      await sender.end()
    },
  }
}
