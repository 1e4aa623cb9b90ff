import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * wrk (C, from Debian) drives the load: a load generator in Node saturates
 * before the server does on two cores, and every ratio would read 1.0.
 * Several targets are spread over wrk's threads, one target per thread:
 * the bench's own round-robin, with no proxy in between to become the bottleneck.
 */
export type Load = { connections: number; seconds: number; headers: Record<string, string> }

function script(targets: URL[], headers: Record<string, string>): string {
  const hosts = targets.map((t) => `{ "${t.hostname}", "${t.port}" }`).join(', ')
  const file = path.join(tmpdir(), `sch-wrk-${process.pid}-${targets.map((t) => t.port).join('-')}.lua`)
  writeFileSync(
    file,
    `local targets = { ${hosts} }
local next = 0
function setup(thread)
  local t = targets[(next % #targets) + 1]
  next = next + 1
  thread.addr = wrk.lookup(t[1], t[2])[1]
end
${Object.entries(headers)
  .map(([k, v]) => `wrk.headers[${JSON.stringify(k)}] = ${JSON.stringify(v)}`)
  .join('\n')}
`,
  )
  return file
}

/** Requests per second over all targets; throws on socket errors or non-2xx answers. */
export function wrk(targets: URL[], load: Load): Promise<number> {
  const threads = Math.max(2, targets.length)
  const args = ['-t', String(threads), '-c', String(Math.max(load.connections, threads)), '-d', `${load.seconds}s`, '-s', script(targets, load.headers), targets[0].toString()]
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (c: Buffer) => (out += c))
    child.stderr.on('data', (c: Buffer) => (out += c))
    child.once('error', reject)
    child.once('exit', (code) => {
      const rate = out.match(/Requests\/sec:\s+([\d.]+)/)
      const failures = out.match(/Non-2xx or 3xx responses: (\d+)/) ?? out.match(/Socket errors: .*/)
      if (code !== 0 || !rate) return reject(new Error(`wrk failed (${code}):\n${out}`))
      if (failures) return reject(new Error(`${targets[0]}: ${failures[0]}`))
      resolve(Number(rate[1]))
    })
  })
}
