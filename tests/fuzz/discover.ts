import { localeCodes } from '../../src/content/locales'
import { demoLogins } from '../../src/services/seed/seed-demo-content'
import type { Client } from './client'
import type { SiteRoute, Targets } from './targets'

/**
 * What the running server shows a visitor, read before the storm: its pages
 * (from the sitemap), its forms as served (fields, options, CSRF fields and
 * cookie) and a signed-in session for the account forms.
 */
export type FormField = { name: string; kind: string; value: string; options: string[]; autocomplete: string }
export type FormTarget = { route: SiteRoute; action: string; fields: FormField[] }
export type Discovery = {
  pages: string[]
  /** Real values of each route's path parameters, from the sitemap ("/:locale/cities/:slug" → slug → ["rotterdam", …]). */
  realParams: Record<string, Record<string, string[]>>
  forms: FormTarget[]
  /** The visitor's form cookie ("hub_form=…") that the CSRF fields of every form are bound to. */
  formCookie: string
  /** A signed-in city editor's session cookie, for the account forms (Payload takes it with a browser's Sec-Fetch-Site header). */
  sessionCookie: string
}

const attributes = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].slice(1).map((m) => [m[1].toLowerCase(), decodeEntities(m[2] ?? '')]))
const decodeEntities = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** The post forms of a page, as a browser would submit them. */
export function parseForms(html: string): { action: string; fields: FormField[] }[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)]
    .filter((m) => attributes(`<form ${m[1]}`).method?.toLowerCase() === 'post')
    .map((m) => {
      const fields: FormField[] = []
      for (const input of m[2].matchAll(/<(input|textarea|select)\b([^>]*)>([\s\S]*?<\/select>)?/g)) {
        const a = attributes(`<${input[1]} ${input[2]}`)
        if (!a.name) continue
        const options = [...(input[3] ?? '').matchAll(/<option\b([^>]*)>/g)].map((o) => attributes(`<option ${o[1]}`).value ?? '').filter(Boolean)
        const kind = input[1] === 'input' ? (a.type ?? 'text') : input[1]
        const existing = fields.find((f) => f.name === a.name)
        if (existing && (kind === 'checkbox' || kind === 'radio')) existing.options.push(a.value)
        else fields.push({ name: a.name, kind, value: a.value ?? '', options: kind === 'checkbox' || kind === 'radio' ? [a.value] : options, autocomplete: a.autocomplete ?? '' })
      }
      return { action: attributes(`<form ${m[1]}`).action ?? '', fields }
    })
}

/** Every address the sitemap lists, as paths: the demo pages that must still be there after the storm. */
export async function sitemapPages(client: Client): Promise<string[]> {
  const { head } = await client.send({ route: 'GET /sitemap.xml', method: 'GET', path: '/sitemap.xml' }, Infinity)
  return [...new Set([...head.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1]))]
}

const routePattern = (route: SiteRoute) => new RegExp(`^${route.url.replace(/\./g, '\\.').replace(/:(\w+)/g, '(?<$1>[^/]+)')}$`)

export async function discover(client: Client, targets: Targets): Promise<Discovery> {
  const pages = await sitemapPages(client)

  const gets = targets.routes.filter((r) => r.method === 'GET')
  const realParams: Discovery['realParams'] = {}
  for (const route of gets.filter((r) => r.params.length > 1)) {
    const pattern = routePattern(route)
    for (const page of pages) {
      const groups = pattern.exec(page)?.groups
      for (const [name, value] of Object.entries(groups ?? {})) if (name !== 'locale') ((realParams[route.url] ??= {})[name] ??= []).push(value)
    }
  }

  const login = demoLogins.find((l) => l.role === 'city-editor')!
  const signIn = await client.send({
    route: 'POST /api/users/login',
    method: 'POST',
    path: '/api/users/login',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: login.email, password: login.password }),
  })
  const sessionCookie = signIn.setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith('payload-token=')) ?? ''
  if (!sessionCookie) throw new Error(`Could not sign in as ${login.email}: ${signIn.status} ${signIn.head.slice(0, 200)}`)
  // Without a session the account forms only redirect to the sign-in page, and fuzz nothing behind it.
  const account = await client.send({ route: 'GET /:locale/account', method: 'GET', path: '/en/account', headers: { cookie: sessionCookie, 'sec-fetch-site': 'same-origin' } })
  if (account.status !== 200) throw new Error(`The session of ${login.email} is not accepted: /en/account answers ${account.status} ${account.location ?? ''}`)

  // Every page without an id in its address may hold forms; the account page holds several.
  const first = await client.send({ route: 'GET /:locale/contact', method: 'GET', path: `/${localeCodes[0]}/contact` })
  const formCookie = first.setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith('hub_form=')) ?? ''
  const posts = targets.routes.filter((r) => r.method === 'POST')
  const forms = new Map<string, FormTarget>()
  for (const route of gets.filter((r) => r.params.every((p) => p === 'locale') && r.url.startsWith('/:locale'))) {
    const page = await client.send(
      {
        route: `GET ${route.url}`,
        method: 'GET',
        path: route.url.replace(':locale', 'en'),
        headers: { cookie: `${formCookie}; ${sessionCookie}`, 'sec-fetch-site': 'same-origin' },
      },
      Infinity,
    )
    for (const form of parseForms(page.head)) {
      const action = form.action.split('?')[0].replace(/^\/en(?=\/)/, '/:locale')
      const target = posts.find((p) => p.url === action)
      if (target && !forms.has(target.url)) forms.set(target.url, { route: target, action: form.action, fields: form.fields })
    }
  }
  // Forms only reachable through a mailed link (confirm, unsubscribe) are posted with the guard fields alone.
  const guardFields = [...forms.values()][0]?.fields.filter((f) => f.kind === 'hidden') ?? []
  for (const route of posts) if (!forms.has(route.url)) forms.set(route.url, { route, action: route.url.replace(':locale', 'en'), fields: guardFields })
  return { pages, realParams, forms: [...forms.values()], formCookie, sessionCookie }
}
