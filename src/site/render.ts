import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

/** Static markup: the browser gets HTML only, never a React runtime. */
export function renderPage(page: ReactElement): string {
  return `<!doctype html>${renderToStaticMarkup(page)}`
}
