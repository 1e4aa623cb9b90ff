import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createFreshPostgresDatabase } from './fresh-database'
import { copyTemplate, currentTemplate } from './template-databases'

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

export type RunningServer = { url: string; dir: string; mailDir: string; env: Record<string, string>; process: ChildProcess; stop: () => Promise<void> }

/** Where a server keeps its data: its own empty SQLite file, or with DATABASE_URL an empty PostgreSQL database of its own. */
export type ServerData = { dir: string; env: Record<string, string>; drop: () => Promise<void> }

export async function createServerData(): Promise<ServerData> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sch-server-'))
  const env: Record<string, string> = { SQLITE_FILE: path.join(dir, 'hub.db'), UPLOADS_DIR: dir, MAIL_DIR: path.join(dir, 'mail') }
  if (!process.env.DATABASE_URL) return { dir, env, drop: async () => undefined }
  const database = await createFreshPostgresDatabase()
  return { dir, env: { ...env, DATABASE_URL: database.url }, drop: database.drop }
}

/** A copy of the run's seeded template, mail in a folder of its own; where no template was built, empty data the server seeds itself. */
export async function createSeededServerData(): Promise<ServerData> {
  const template = currentTemplate()
  if (!template) return createServerData()
  const copy = await copyTemplate(template)
  return { ...copy, env: { ...copy.env, MAIL_DIR: path.join(copy.dir, 'mail') } }
}

/**
 * The real `src/server.ts` (Fastify + Next + Payload) on loopback, with the
 * demo seed, exactly as `npm start` runs it. Without `data` it gets a copy of
 * the run's template (or, where no template was built, empty data that it
 * seeds itself); pass data to restart a server on the same data, or to run
 * several instances on one database.
 */
export async function startServer(extraEnv: Record<string, string> = {}, data?: ServerData): Promise<RunningServer> {
  const port = await freePort()
  const ownData = data ?? (await createSeededServerData())
  const { dir } = ownData
  const env = { ...ownData.env, ...extraEnv }
  const child = spawn('npx', ['tsx', '--conditions=production', 'src/server.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start in time:\n${output}`)), 150_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Strong Cities Hub is running')) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`Server exited with ${code}:\n${output}`))
    })
  })
  return {
    url: `http://127.0.0.1:${port}`,
    dir,
    mailDir: env.MAIL_DIR,
    env,
    process: child,
    stop: async () => {
      child.removeAllListeners('exit')
      const exited = new Promise((resolve) => child.once('exit', resolve))
      try {
        process.kill(-child.pid!, 'SIGTERM')
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
      } catch {
        // already gone
      }
      // A server given its data leaves it to the caller; its own is dropped with it.
      if (!data) await ownData.drop()
    },
  }
}
