/**
 * Can an answer's timing tell whether an address has an account? Times each
 * account path for an address that has one and one that has none, side by
 * side and interleaved, on the real server (loopback only, bounded rounds),
 * and prints the medians and their ratio: 1.0 means the timing says nothing.
 */
import { guardFields } from '../src/site/forms/guard'
import { startServer } from '../tests/helpers/start-server'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15)
const server = await startServer({ TRUST_PROXY: '1' })
let visitor = 0
// A visitor of its own per request, so the limits per visitor stay out of the figures.
const headers = () => ({ 'x-forwarded-for': `198.18.${Math.floor(++visitor / 250)}.${visitor % 250}` })

async function timed(send: () => Promise<Response>): Promise<number> {
  const started = performance.now()
  const res = await send()
  await res.arrayBuffer()
  return performance.now() - started
}

async function siteForm(path: string, fields: Record<string, string>) {
  const h = headers()
  const page = await fetch(`${server.url}${path}`, { headers: h })
  const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0]
  const body = new URLSearchParams({ ...fields, ...guardFields(cookie.split('=')[1], Date.now() - 10_000) })
  return () => fetch(`${server.url}${path}`, { method: 'POST', redirect: 'manual', headers: { ...h, cookie, 'content-type': 'application/x-www-form-urlencoded' }, body })
}

const restLogin = (email: string) => async () => () =>
  fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { ...headers(), 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'not-the-password' }),
  })
const restForgot = (email: string) => async () => () =>
  fetch(`${server.url}/api/users/forgot-password`, { method: 'POST', headers: { ...headers(), 'content-type': 'application/json' }, body: JSON.stringify({ email }) })

// Each known address is a demo account; each unknown one is new every round. Wrong passwords lock an account
// after five tries, so sign-in rounds use accounts of their own: the admin unlocks nothing here.
const paths: { name: string; known: (i: number) => Promise<() => Promise<Response>>; unknown: (i: number) => Promise<() => Promise<Response>> }[] = [
  { name: 'REST login', known: () => restLogin('editor@hub.example')(), unknown: (i) => restLogin(`nobody-${i}@hub.example`)() },
  {
    name: 'site sign-in',
    known: () => siteForm('/en/account/sign-in', { email: 'admin@hub.example', password: 'not-the-password' }),
    unknown: (i) => siteForm('/en/account/sign-in', { email: `nobody-site-${i}@hub.example`, password: 'not-the-password' }),
  },
  {
    name: 'site forgot password',
    known: () => siteForm('/en/account/forgot', { email: 'rotterdam@hub.example' }),
    unknown: (i) => siteForm('/en/account/forgot', { email: `nobody-forgot-${i}@hub.example` }),
  },
  { name: 'REST forgot password', known: () => restForgot('rotterdam@hub.example')(), unknown: (i) => restForgot(`nobody-rest-${i}@hub.example`)() },
  {
    name: 'register',
    known: () => siteForm('/en/account/register', { name: 'Timing', email: 'editor@hub.example', organisation: '', city: '', password: 'a-long-timing-passphrase' }),
    unknown: (i) => siteForm('/en/account/register', { name: 'Timing', email: `new-${i}@hub.example`, organisation: '', city: '', password: 'a-long-timing-passphrase' }),
  },
]

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
console.log(`${ROUNDS} interleaved rounds per path; the first five sign-in rounds (before any lock-out) are timed`)
console.log('path                    has account   no account   ratio')
try {
  for (const path of paths) {
    const known: number[] = []
    const unknown: number[] = []
    // Sign-ins lock after five failures; the locked answer is immediate for both, so only the first five say anything.
    const rounds = path.name.includes('sign-in') || path.name.includes('login') ? 5 : ROUNDS
    for (let i = 0; i < rounds; i += 1) {
      known.push(await timed(await path.known(i)))
      unknown.push(await timed(await path.unknown(i)))
    }
    const [k, u] = [median(known), median(unknown)]
    console.log(`${path.name.padEnd(22)} ${k.toFixed(1).padStart(9)} ms ${u.toFixed(1).padStart(9)} ms ${(u / k).toFixed(2).padStart(7)}`)
  }
} finally {
  await server.stop()
}
