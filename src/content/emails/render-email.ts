import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { htmlToText } from './html-to-text'

/** A React email template as the two parts every message carries: HTML and plain text. */
export function renderEmail(element: ReactElement): { html: string; text: string } {
  const html = `<!doctype html>${renderToStaticMarkup(element)}`
  return { html, text: htmlToText(html.replace(/<head>[\s\S]*?<\/head>/, '')) }
}
