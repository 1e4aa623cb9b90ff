import { readMailbox, recipients } from './mailbox'

/**
 * The five kinds of visitor the hub knows, as seen from outside a running
 * server: REST and GraphQL with `Authorization: JWT …`, site pages with the
 * `payload-token` cookie a browser would carry. Every reply carries a
 * one-line description of its request, for failure messages.
 */
export const roleNames = ['anonymous', 'member', 'city-editor', 'editor', 'admin'] as const
export type RoleName = (typeof roleNames)[number]

export const demoLogins: Record<'city-editor' | 'editor' | 'admin', { email: string; password: string }> = {
  'city-editor': { email: 'rotterdam@hub.example', password: 'demo-city-password' },
  editor: { email: 'editor@hub.example', password: 'demo-editor-password' },
  admin: { email: 'admin@hub.example', password: 'demo-admin-password' },
}

export type Reply = { status: number; text: string; json: any; request: string; headers: Headers }

async function reply(res: Response, request: string): Promise<Reply> {
  const text = await res.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: res.status, text, json, request, headers: res.headers }
}

export class Actor {
  constructor(
    readonly role: RoleName,
    readonly baseURL: string,
    readonly token?: string,
    readonly user?: { id: number | string; email: string },
    /** Sent on every request, e.g. an X-Forwarded-For of this visitor's own. */
    readonly extraHeaders: Record<string, string> = {},
  ) {}

  private auth(): Record<string, string> {
    return this.token ? { authorization: `JWT ${this.token}` } : {}
  }

  /** REST: JSON bodies, or FormData for uploads. */
  async rest(method: string, path: string, body?: unknown): Promise<Reply> {
    const headers: Record<string, string> = { ...this.extraHeaders, ...this.auth() }
    let payload: BodyInit | undefined
    if (body instanceof FormData) payload = body
    else if (body !== undefined) {
      headers['content-type'] = 'application/json'
      payload = JSON.stringify(body)
    }
    const res = await fetch(`${this.baseURL}${path}`, { method, headers, body: payload, redirect: 'manual' })
    return reply(res, `${method} ${path}${body instanceof FormData ? ' (multipart)' : body !== undefined ? ` ${JSON.stringify(body).slice(0, 160)}` : ''} as ${this.role}`)
  }

  async graphql(query: string): Promise<Reply> {
    const res = await fetch(`${this.baseURL}/api/graphql`, {
      method: 'POST',
      headers: { ...this.extraHeaders, ...this.auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })
    return reply(res, `POST /api/graphql ${query.replace(/\s+/g, ' ').slice(0, 200)} as ${this.role}`)
  }

  /** A site page as a browser with this visitor's session would fetch it. */
  async page(path: string): Promise<Reply> {
    const headers: Record<string, string> = { ...this.extraHeaders, 'sec-fetch-site': 'same-origin' }
    if (this.token) headers.cookie = `payload-token=${this.token}`
    const res = await fetch(`${this.baseURL}${path}`, { headers, redirect: 'manual' })
    return reply(res, `GET ${path} as ${this.role}${this.token ? ' (payload-token cookie)' : ''}`)
  }
}

export async function restLogin(baseURL: string, email: string, password: string, headers: Record<string, string> = {}) {
  return fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
}

async function loggedIn(baseURL: string, role: RoleName, email: string, password: string): Promise<Actor> {
  const res = await restLogin(baseURL, email, password)
  if (!res.ok) throw new Error(`POST /api/users/login as ${role} (${email}) answered ${res.status}: ${await res.text()}`)
  const body = (await res.json()) as { token: string; user: { id: number | string; email: string } }
  return new Actor(role, baseURL, body.token, { id: body.user.id, email: body.user.email })
}

const hiddenInput = (html: string, name: string) =>
  html.match(new RegExp(`name="${name}"[^>]*value="([^"]*)"`))?.[1] ?? html.match(new RegExp(`value="([^"]*)"[^>]*name="${name}"`))?.[1]

const decode = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')

/**
 * Fills a public form as a person would: opens the page (form cookie and
 * guard fields), waits past the minimum fill time when asked, then posts it.
 */
export async function submitSiteForm(
  baseURL: string,
  formPath: string,
  fields: Record<string, string | string[]>,
  { postPath = formPath, waitMs = 2700, headers = {} as Record<string, string> } = {},
): Promise<Reply> {
  const opened = await fetch(`${baseURL}${formPath}`, { headers })
  const html = await opened.text()
  const cookie = (opened.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).find((c) => c.startsWith('hub_form='))
  const csrf = hiddenInput(html, '_csrf')
  const started = hiddenInput(html, '_started')
  if (!cookie || !csrf || !started) throw new Error(`GET ${formPath} gave no form cookie or guard fields (${opened.status})`)
  if (waitMs) await new Promise((resolve) => setTimeout(resolve, waitMs))
  const body = new URLSearchParams()
  for (const [k, v] of Object.entries({ ...fields, _csrf: decode(csrf), _started: decode(started) })) for (const value of [v].flat()) body.append(k, value)
  const res = await fetch(`${baseURL}${postPath}`, {
    method: 'POST',
    // A signed-in visitor's cookies (given in `headers`) travel with the form cookie, as a browser sends both.
    headers: {
      ...headers,
      'content-type': 'application/x-www-form-urlencoded',
      cookie: [cookie, headers.cookie].filter(Boolean).join('; '),
      'sec-fetch-site': 'same-origin',
      origin: baseURL,
    },
    body: body.toString(),
    redirect: 'manual',
  })
  return reply(res, `POST ${postPath} (site form)`)
}

/** The newest mail to an address whose text matches, polled from the .eml folder. */
export async function waitForMail(mailDir: string, to: string, match: RegExp, timeoutMs = 40_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const mails = (await readMailbox(mailDir).catch(() => [])).filter((m) => recipients(m).includes(to) && match.test(m.text ?? ''))
    if (mails.length) return mails[mails.length - 1]
    if (Date.now() > deadline) throw new Error(`No mail to ${to} matching ${match} within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

export const linkIn = (text: string, word: string) => {
  const url = new URL(text.match(new RegExp(`\\((http[^)]*${word}[^)]*)\\)`))?.[1] ?? text.match(new RegExp(`(https?://\\S*${word}\\S*)`))![1])
  return url.pathname + url.search
}

/**
 * A resource-hub member, made as a person makes one: the register form,
 * the confirmation link from the mail, then a REST sign-in.
 */
export async function registerMember(
  baseURL: string,
  mailDir: string,
  member: { name: string; email: string; password: string },
  headers: Record<string, string> = {},
): Promise<Actor> {
  const registered = await submitSiteForm(
    baseURL,
    '/en/account/register',
    { name: member.name, email: member.email, organisation: 'Matrix test', city: '', password: member.password },
    { headers },
  )
  if (registered.status !== 303) throw new Error(`Registering ${member.email} answered ${registered.status}`)
  const mail = await waitForMail(mailDir, member.email, /verify/)
  const verifyPath = linkIn(mail.text!, 'verify')
  const verified = await submitSiteForm(baseURL, verifyPath, {}, { waitMs: 0, headers })
  if (verified.status !== 200) throw new Error(`Confirming ${member.email} answered ${verified.status}`)
  return loggedIn(baseURL, 'member', member.email, member.password)
}

/** One sign-in per role for the whole file (sign-in is rate limited per address and per visitor). */
export async function signInRoles(baseURL: string, mailDir: string, member: { name: string; email: string; password: string }): Promise<Record<RoleName, Actor>> {
  const [cityEditor, editor, admin] = await Promise.all(
    (['city-editor', 'editor', 'admin'] as const).map((role) => loggedIn(baseURL, role, demoLogins[role].email, demoLogins[role].password)),
  )
  return { anonymous: new Actor('anonymous', baseURL), member: await registerMember(baseURL, mailDir, member), 'city-editor': cityEditor, editor, admin }
}
