import { Agent, request } from 'undici'

/** One request of the storm, replayable as printed. */
export type FuzzRequest = {
  /** The route it aims at, as the app names it ("GET /:locale/search", "GET /api/{slug}"): the report groups by it. */
  route: string
  method: string
  /** Path and query, sent exactly as written (already percent-encoded where meant to be). */
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
  /** What the request tries, when the route and body do not say it plainly ("tampered CSRF token"). */
  note?: string
  /** The page's language when the path starts with a known locale: a 4xx page must be in it. */
  locale?: string
}

export type FuzzAnswer = { status: number; contentType: string; contentEncoding?: string; head: string; location?: string; setCookie: string[]; error?: string }

const HEAD_BYTES = 4096

/** Loopback only: the storm must never leave the machine. */
export function assertLoopback(base: string) {
  const { hostname } = new URL(base)
  if (hostname !== '127.0.0.1') throw new Error(`The fuzz suite only targets 127.0.0.1, not ${hostname}`)
}

export function createClient(base: string, connections: number, timeoutMs = 60_000) {
  assertLoopback(base)
  const dispatcher = new Agent({ connections, headersTimeout: timeoutMs, bodyTimeout: timeoutMs })
  /**
   * `keep`: how much of the answer to keep; the storm keeps its start, discovery whole pages.
   * A kept-alive connection the server closed after an earlier answer fails the next request
   * on it, so a connection error is tried once more, as a browser does; a server that drops
   * the request itself fails both times.
   */
  async function send(r: FuzzRequest, keep = HEAD_BYTES): Promise<FuzzAnswer> {
    const first = await attempt(r, keep)
    return first.status === 0 ? attempt(r, keep) : first
  }
  async function attempt(r: FuzzRequest, keep: number): Promise<FuzzAnswer> {
    try {
      const res = await request(base + r.path, { method: r.method as 'GET', headers: r.headers, body: r.body, dispatcher })
      const chunks: Buffer[] = []
      let size = 0
      // The whole answer is read (so the connection is reused) but only its start is kept for checks and reports.
      for await (const chunk of res.body) {
        if (size < keep) chunks.push(chunk as Buffer)
        size += (chunk as Buffer).length
      }
      const header = (name: string) => [res.headers[name] ?? []].flat().map(String)
      return {
        status: res.statusCode,
        contentType: header('content-type')[0] ?? '',
        contentEncoding: header('content-encoding')[0],
        head: Buffer.concat(chunks).subarray(0, keep).toString('utf8'),
        location: header('location')[0],
        setCookie: header('set-cookie'),
      }
    } catch (error) {
      return { status: 0, contentType: '', head: '', setCookie: [], error: (error as Error).message }
    }
  }
  return { base, send, close: () => dispatcher.close() }
}

export type Client = ReturnType<typeof createClient>
