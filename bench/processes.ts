import { type ChildProcess, spawn } from 'node:child_process'

export type Served = { child: ChildProcess; port: number; url: URL; send: (line: string) => Promise<string> }

/** A server process that prints `READY <port>`, and answers one line on stdin with one line. */
export function start(command: string, args: string[], env: Record<string, string> = {}): Promise<Served> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, NODE_ENV: 'production', ...env }, detached: true })
    let out = ''
    let answer: ((line: string) => void) | undefined
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk
      const ready = out.match(/READY (\d+)\n/)
      if (ready) {
        out = out.slice(out.indexOf(ready[0]) + ready[0].length)
        const port = Number(ready[1])
        resolve({
          child,
          port,
          url: new URL(`http://127.0.0.1:${port}`),
          send: (line) =>
            new Promise((done) => {
              answer = done
              child.stdin!.write(`${line}\n`)
            }),
        })
      }
      const newline = out.indexOf('\n')
      if (answer && newline >= 0) {
        const line = out.slice(0, newline)
        out = out.slice(newline + 1)
        const done = answer
        answer = undefined
        done(line)
      }
    })
    child.once('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)))
  })
}

export function stop(served: Served | undefined) {
  if (!served) return
  served.child.removeAllListeners('exit')
  try {
    process.kill(-served.child.pid!, 'SIGTERM')
  } catch {
    // already gone
  }
}
