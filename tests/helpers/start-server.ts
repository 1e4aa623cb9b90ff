import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

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

export type RunningServer = { url: string; mailDir: string; process: ChildProcess; stop: () => Promise<void> }

/**
 * The real `src/server.ts` (Fastify + Next + Payload) on loopback, with its
 * own SQLite file and the demo seed, exactly as `npm start` runs it.
 */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort()
  const dir = mkdtempSync(path.join(tmpdir(), 'sch-e2e-'))
  const child = spawn('npx', ['tsx', '--conditions=production', 'src/server.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      SQLITE_FILE: path.join(dir, 'hub.db'),
      UPLOADS_DIR: dir,
      MAIL_DIR: path.join(dir, 'mail'),
      ...extraEnv,
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
    mailDir: path.join(dir, 'mail'),
    process: child,
    stop: async () => {
      child.removeAllListeners('exit')
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {
        // already gone
      }
    },
  }
}
