import { createElement, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { htmlToText } from './html-to-text'
import { type MailBrand, MailBrandContext } from './mail-brand'

/** A React email template as the two parts every message carries, HTML and plain text, in the network's brand. */
export function renderEmail(element: ReactElement, brand: MailBrand): { html: string; text: string } {
  const html = `<!doctype html>${renderToStaticMarkup(createElement(MailBrandContext.Provider, { value: brand }, element))}`
  return { html, text: htmlToText(html.replace(/<head>[\s\S]*?<\/head>/, '')) }
}
