/** Minimal REST and GraphQL calls against a running hub, as a given user or anonymously. */

// One sign-in per account and test file: the servers limit sign-ins per visitor,
// and every test signs in from the same loopback address.
const tokens = new Map<string, Promise<string>>()

export function login(baseURL: string, email: string, password: string): Promise<string> {
  const key = `${baseURL} ${email} ${password}`
  if (!tokens.has(key)) tokens.set(key, signIn(baseURL, email, password))
  return tokens.get(key)!
}

async function signIn(baseURL: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!res.ok) throw new Error(`Login failed for ${email}: ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

export function authHeaders(token?: string): Record<string, string> {
  return token ? { authorization: `JWT ${token}`, 'content-type': 'application/json' } : { 'content-type': 'application/json' }
}

export async function findCityBySlug(baseURL: string, slug: string, token?: string) {
  const res = await fetch(`${baseURL}/api/cities?where[slug][equals]=${slug}&depth=0&draft=${token ? 'true' : 'false'}`, { headers: authHeaders(token) })
  return ((await res.json()) as { docs: { id: number; population?: number; name?: string }[] }).docs[0]
}

export async function graphql(baseURL: string, query: string, token?: string) {
  const res = await fetch(`${baseURL}/api/graphql`, { method: 'POST', headers: authHeaders(token), body: JSON.stringify({ query }) })
  return (await res.json()) as { data?: Record<string, any>; errors?: unknown[] }
}
