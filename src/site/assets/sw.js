// The service worker behind "Save for offline use" (src/site/assets/offline.js
// fills its cache). Registered for /{locale}/modules/ only. It serves what was
// saved when the network fails, refreshes the saved copies when it answers,
// and keeps the lesson forms posted without a connection until offline.js
// sends them. It caches nothing the page script did not save.
const SAVED = 'hub-offline'
const QUEUE = 'hub-offline-queue'

addEventListener('install', () => skipWaiting())
addEventListener('activate', (event) => event.waitUntil(clients.claim()))

/** The network's answer, or a failure after `ms`: on a poor connection the saved copy beats a long wait. */
const within = (promise, ms) =>
  new Promise((resolve, reject) => {
    setTimeout(reject, ms)
    promise.then(resolve, reject)
  })

/** A key that is the same for the same post (a double click is recorded once) and new for every other. */
async function keyOf(text) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
  return btoa(String.fromCharCode(...digest.slice(0, 18)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
}

/** Saved pages and images: the network first, so pages are fresh and carry fresh tokens; the saved copy when it fails. */
async function get(request) {
  const saved = await caches.open(SAVED)
  const copy = await saved.match(request, { ignoreVary: true })
  if (!copy) return fetch(request)
  try {
    const response = await within(fetch(request), 8000)
    if (response.status >= 500) return copy
    if (response.ok) await saved.put(request, response.clone())
    return response
  } catch {
    return copy
  }
}

/**
 * A lesson's answer or "finish" form. Sent on when the network answers;
 * otherwise kept in the queue, and the learner goes where the hub would
 * have sent them, read from the saved copies. The answer's key is made
 * here, before the first try, so that every later replay carries the same.
 */
async function post(request, url) {
  const form = new URLSearchParams(await request.text())
  const key = await keyOf(`${url.pathname}?${form}`)
  if (form.has('key')) form.set('key', key)
  try {
    return await within(fetch(url.href, { method: 'POST', body: form, redirect: 'manual' }), 15000)
  } catch {
    await (await caches.open(QUEUE)).put(`/offline-queue/${key}`, new Response(String(form), { headers: { 'x-action': url.pathname } }))
    let to = url.pathname.replace(/\/\w+$/, '')
    if (url.pathname.endsWith('/finish')) {
      const next = to.replace(/\d+$/, (n) => Number(n) + 1)
      to = (await caches.match(next)) ? next : to.replace(/\/lessons\/\d+$/, '')
    } else to += `#q-${encodeURIComponent(form.get('question') ?? '')}`
    return Response.redirect(url.origin + to, 303)
  }
}

addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  // A video (never saved) goes straight to the network, with the byte ranges the player asks for.
  if (url.origin !== location.origin || request.destination === 'video') return
  if (request.method === 'GET') event.respondWith(get(request))
  // Only the learner's own form posts: offline.js sends the queue with fetch, which passes straight through.
  else if (request.mode === 'navigate' && /\/lessons\/\d+\/(answer|finish)$/.test(url.pathname)) event.respondWith(post(request, url))
})
