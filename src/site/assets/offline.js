// Offline use, for members on poor connections. On a module's page, the
// "Save for offline use" button (rendered hidden) appears with the size, and
// saves the module's pages and images for the service worker (sw.js). On its
// lesson pages, it says what the worker kept while offline, and sends it when
// the connection returns; each answer keeps its key, so the hub records a
// replay once. Without this script, module and lesson pages work as before.
;(() => {
  const status = document.querySelector('[data-offline-status]')
  if (!status || !navigator.serviceWorker || !window.caches) return
  const SAVED = 'hub-offline'
  const QUEUE = 'hub-offline-queue'
  const lang = document.documentElement.lang
  const messages = JSON.parse(status.dataset.messages)
  const say = (name, count = 0) => {
    let message = messages[name]
    if (typeof message === 'object') message = message[new Intl.PluralRules(lang).select(count)] ?? message.other
    return message.replace('{count}', new Intl.NumberFormat(lang).format(count))
  }
  const tell = (text) => {
    status.textContent = text
  }

  const save = document.querySelector('[data-offline-save]')
  if (save) {
    const button = save.querySelector('button')
    let files = []
    let busy = false
    Promise.all([fetch(save.dataset.manifest, { cache: 'no-store' }).then((r) => (r.ok ? r.json() : Promise.reject())), caches.match(location.pathname, { cacheName: SAVED })])
      .then(([manifest, saved]) => {
        files = manifest.files.map((f) => f.url)
        save.querySelector('[data-offline-size]').textContent = saved ? `${manifest.summary} ${say('isSaved')}` : manifest.summary
        if (saved) button.textContent = say('update')
        save.hidden = false
      })
      .catch(() => {})
    button.addEventListener('click', async () => {
      if (busy) return
      busy = true
      tell(say('saving'))
      try {
        await navigator.serviceWorker.register(save.dataset.worker, { scope: save.dataset.scope })
        const cache = await caches.open(SAVED)
        // Every page must be saved; an image that cannot be fetched leaves a gap, not a failure.
        await Promise.all(files.map((url) => cache.add(url).catch((e) => (url.includes('/api/media/') ? null : Promise.reject(e)))))
        button.textContent = say('update')
        tell(say('saved'))
      } catch {
        tell(say('failed'))
      }
      busy = false
    })
  }

  /** What the worker kept: [cache key, form address, form fields], oldest first. */
  async function queued() {
    const queue = await caches.open(QUEUE)
    return Promise.all(
      (await queue.keys()).map(async (key) => {
        const kept = await queue.match(key)
        return [key, kept.headers.get('x-action'), new URLSearchParams(await kept.text())]
      }),
    )
  }

  let waiting = 0
  /** Says what waits to be sent, and on a lesson shows each kept answer in its form, marked as kept. */
  async function show(done = '') {
    const all = await queued()
    const answers = all.filter(([, , form]) => form.has('question')).length
    const lessons = all.length - answers
    const text = [answers && say('answers', answers), lessons && say('lessons', lessons)].filter(Boolean).join(' ') || done
    // Nothing to say leaves alone what was said, unless it was about what waited.
    if (text || waiting) tell(text)
    waiting = all.length
    for (const [, action, form] of all) {
      const block = action.startsWith(`${location.pathname}/`) ? document.getElementById(`q-${form.get('question')}`) : null
      const fields = block?.querySelector('form')
      if (!fields) continue
      for (const field of fields.elements) {
        if (!field.name.startsWith('a.')) continue
        const values = form.getAll(field.name)
        if (field.type === 'radio' || field.type === 'checkbox') field.checked = values.includes(field.value)
        else field.value = values[0] ?? ''
      }
      if (!block.querySelector('.offline-kept')) {
        const note = document.createElement('p')
        note.className = 'offline-kept'
        note.textContent = say('kept')
        fields.after(note)
      }
    }
    return all
  }

  let sending = false
  /** Sends what was kept, oldest first, with fresh form tokens; stops at the first failure and tries again later. */
  async function send() {
    if (sending) return
    sending = true
    let sent = 0
    let refused = 0
    try {
      const all = await queued()
      if (all.length) {
        const page = await (await fetch(all[0][1].replace(/\/\w+$/, ''), { cache: 'no-store' })).text()
        const token = (name) => page.match(new RegExp(`name="${name}" value="([^"]+)"`))?.[1] ?? ''
        const queue = await caches.open(QUEUE)
        for (const [key, action, form] of all) {
          form.set('_csrf', token('_csrf'))
          form.set('_started', token('_started'))
          const response = await fetch(action, { method: 'POST', body: form, redirect: 'manual' })
          if (response.type === 'opaqueredirect') sent++
          // The lesson changed since it was saved (a question gone, say): this one can never be recorded.
          else if (response.status === 400 || response.status === 404) refused++
          else break
          await queue.delete(key)
        }
      }
    } catch {}
    sending = false
    await show(refused ? say('refused') : sent ? say('sent') : '')
  }

  addEventListener('online', send)
  show().then((all) => all.length && navigator.onLine && send())
})()
