import { Fragment, type ReactNode } from 'react'
import type { LexicalNode, RichTextValue } from '../../../../content/rich-text'
import { isSafeUrl } from '../../../../shared/safe-url'

const IS_BOLD = 1
const IS_ITALIC = 2
const IS_STRIKETHROUGH = 4
const IS_UNDERLINE = 8
const IS_CODE = 16

function renderText(node: LexicalNode, key: number): ReactNode {
  let out: ReactNode = node.text ?? ''
  const format = typeof node.format === 'number' ? node.format : 0
  if (format & IS_CODE) out = <code>{out}</code>
  if (format & IS_BOLD) out = <strong>{out}</strong>
  if (format & IS_ITALIC) out = <em>{out}</em>
  if (format & IS_UNDERLINE) out = <u>{out}</u>
  if (format & IS_STRIKETHROUGH) out = <s>{out}</s>
  return <Fragment key={key}>{out}</Fragment>
}

/** Lexical keeps a nested list in a list item of its own; fold it into the item before it. */
function foldNestedLists(items: LexicalNode[]): LexicalNode[] {
  const folded: LexicalNode[] = []
  for (const item of items) {
    const onlyList = item.children?.length === 1 && item.children[0].type === 'list'
    const previous = folded[folded.length - 1]
    if (onlyList && previous) previous.children = [...(previous.children ?? []), item.children![0]]
    else folded.push({ ...item, children: [...(item.children ?? [])] })
  }
  return folded
}

function renderChildren(nodes: LexicalNode[] | undefined, headingLevel: number): ReactNode[] {
  return (nodes ?? []).map((node, i) => renderNode(node, i, headingLevel))
}

function renderNode(node: LexicalNode, key: number, headingLevel: number): ReactNode {
  const children = () => renderChildren(node.children, headingLevel)
  switch (node.type) {
    case 'text':
      return renderText(node, key)
    case 'linebreak':
      return <br key={key} />
    case 'paragraph':
      return <p key={key}>{children()}</p>
    case 'heading': {
      // The page owns the outline: an editor's heading sits one level below the section's.
      const Tag = `h${headingLevel}` as 'h3'
      return <Tag key={key}>{children()}</Tag>
    }
    case 'quote':
      return <blockquote key={key}>{children()}</blockquote>
    case 'list': {
      const items = foldNestedLists(node.children ?? []).map((item, i) => <li key={i}>{renderChildren(item.children, headingLevel)}</li>)
      return node.listType === 'number' ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>
    }
    case 'horizontalrule':
      return <hr key={key} />
    case 'link':
    case 'autolink': {
      const href = node.fields?.url ?? node.url
      return isSafeUrl(href) ? (
        <a key={key} href={href} rel="noopener noreferrer">
          {children()}
        </a>
      ) : (
        <span key={key}>{children()}</span>
      )
    }
    default:
      return node.children ? <span key={key}>{children()}</span> : null
  }
}

/**
 * Rendering from the JSON tree (never from stored HTML) means editor input can
 * only ever become text and the few elements above: this is the sanitiser.
 */
export function RichText({ value, headingLevel = 3 }: { value: RichTextValue | null | undefined; headingLevel?: number }) {
  if (!value?.root) return null
  return <>{renderChildren(value.root.children, Math.min(6, headingLevel))}</>
}

/**
 * Splits a long section after its first paragraph (and any heading before
 * it), so the opening shows and the rest can fold away. Short sections stay whole.
 */
export function splitRichText(value: RichTextValue): [RichTextValue, RichTextValue | null] {
  const blocks = value.root.children ?? []
  const firstParagraph = blocks.findIndex((b) => b.type === 'paragraph')
  const cut = firstParagraph === -1 ? 1 : firstParagraph + 1
  if (blocks.length <= cut + 1) return [value, null]
  return [{ root: { ...value.root, children: blocks.slice(0, cut) } }, { root: { ...value.root, children: blocks.slice(cut) } }]
}
