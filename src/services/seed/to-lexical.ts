import type { DemoBlock, DemoListItem, DemoRichText } from './demo-data-types'

const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

function list(items: DemoListItem[], ordered: boolean): unknown {
  return element(
    'list',
    items.map((item, i) =>
      typeof item === 'string' ? element('listitem', [text(item)], { value: i + 1 }) : element('listitem', [text(item.text), list(item.ul, false)], { value: i + 1 }),
    ),
    { listType: ordered ? 'number' : 'bullet', start: 1, tag: ordered ? 'ol' : 'ul' },
  )
}

function block(b: DemoBlock): unknown {
  if (typeof b === 'string') return element('paragraph', [text(b)], { textFormat: 0 })
  if ('h' in b) return element('heading', [text(b.h)], { tag: 'h3' })
  if ('ol' in b) return list(b.ol, true)
  return list(b.ul, false)
}

/** Demo text into the Lexical JSON that the back office edits. */
export function toLexical(doc: DemoRichText) {
  return { root: element('root', doc.map(block)) }
}
