// Results as you type. The page works fully without this: it only fetches the
// same server-rendered page for the typed query and swaps in its results.
;(() => {
  const form = document.querySelector('form[data-search-form]')
  if (!form || !window.fetch || !window.DOMParser) return
  const input = form.querySelector('input[name="q"]')
  const regions = ['#search-results', '#search-facets']
  let timer
  let controller

  const update = async () => {
    const url = new URL(form.action, location.href)
    for (const [name, value] of new FormData(form)) if (value) url.searchParams.set(name, String(value))
    if (controller) controller.abort()
    controller = new AbortController()
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { accept: 'text/html' } })
      const page = new DOMParser().parseFromString(await response.text(), 'text/html')
      for (const selector of regions) {
        const current = document.querySelector(selector)
        const next = page.querySelector(selector)
        if (current && next) current.replaceChildren(...next.childNodes)
      }
      history.replaceState(null, '', url)
    } catch (error) {
      if (error.name !== 'AbortError') throw error
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(update, 250)
  })
})()
