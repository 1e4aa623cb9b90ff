import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { allowedElements, isAllowedAttribute, SVG_NAMESPACE, XLINK_NAMESPACE } from './allow-list'
import { intrinsicSize, type SvgSize } from './svg-size'
import { cssReachesOutside, decodeXml, isAllowedHref, namesAScheme } from './svg-values'

/** A logo is a few kilobytes; anything near this is not one, and parsing it costs the server for nothing. */
export const MAX_SVG_BYTES = 512 * 1024

/** Why an SVG is refused: the first thing found that is not on the allow-list. */
export type SvgProblem =
  | { kind: 'too-large' }
  /** Not UTF-8, not well-formed XML, or its root is not <svg> in the SVG namespace. */
  | { kind: 'not-svg' }
  /** A <!DOCTYPE> (and with it any entity); comments and CDATA are the only `<!` allowed. */
  | { kind: 'doctype' }
  /** An element, or a processing instruction (`?xml-stylesheet`), that is not on the list. */
  | { kind: 'element'; name: string }
  | { kind: 'event-handler'; element: string; name: string }
  | { kind: 'attribute'; element: string; name: string }
  /** An href, url() or address that leaves the file, or a script or data address. */
  | { kind: 'reference'; element: string; name: string; value: string }
  /** A style element or attribute that imports or loads from outside. */
  | { kind: 'style'; element: string }
  /** Neither a viewBox nor a width and height in pixels: nothing to size it by. */
  | { kind: 'no-size' }

export type SvgVerdict = ({ safe: true } & SvgSize) | { safe: false; problem: SvgProblem }

/** fast-xml-parser's ordered form: `{ name: children, ':@': attributes }`, `{ '#text': text }`, `{ '#cdata': [{ '#text': text }] }`. */
type Node = { ':@'?: Record<string, string>; [name: string]: unknown }

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: false,
  // References are resolved by decodeXml, which knows only XML's own five entities.
  processEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  commentPropName: '#comment',
})

const nameOf = (node: Node) => Object.keys(node).find((key) => key !== ':@')!
const childrenOf = (node: Node, name: string) => (Array.isArray(node[name]) ? (node[name] as Node[]) : [])

/** A text or CDATA node's text as the browser reads it; null when it holds an entity XML does not define. */
function textOf(node: Node, name: '#text' | '#cdata'): string | null {
  return name === '#text'
    ? decodeXml(String(node[name]))
    : childrenOf(node, name)
        .map((part) => String(part['#text'] ?? ''))
        .join('')
}

/** The first problem in an element and its descendants, or null. */
function problemIn(node: Node, name: string): SvgProblem | null {
  if (name.startsWith('?') || !allowedElements.has(name)) return { kind: 'element', name }
  for (const [attribute, raw] of Object.entries(node[':@'] ?? {})) {
    const value = decodeXml(raw)
    if (value === null || raw.includes('<')) return { kind: 'not-svg' }
    if (/^on/i.test(attribute)) return { kind: 'event-handler', element: name, name: attribute }
    if (!isAllowedAttribute(attribute)) return { kind: 'attribute', element: name, name: attribute }
    // A nested default namespace or prefix could turn what follows into XHTML, or rename an attribute into xlink's.
    if ((attribute === 'xmlns' && value !== SVG_NAMESPACE) || (attribute === 'xmlns:xlink' && value !== XLINK_NAMESPACE)) {
      return { kind: 'attribute', element: name, name: `${attribute}="${value}"` }
    }
    if (attribute === 'href' || attribute === 'xlink:href') {
      if (!isAllowedHref(name, value)) return { kind: 'reference', element: name, name: attribute, value }
    } else if (attribute === 'style') {
      if (cssReachesOutside(value)) return { kind: 'style', element: name }
    } else if (/url\s*\(/i.test(value) ? cssReachesOutside(value) : namesAScheme(value)) {
      return { kind: 'reference', element: name, name: attribute, value }
    }
  }
  // The element's own text: a style element's is CSS to check.
  let content = ''
  for (const child of childrenOf(node, name)) {
    const childName = nameOf(child)
    if (childName === '#comment') continue
    if (childName === '#text' || childName === '#cdata') {
      const text = textOf(child, childName)
      if (text === null) return { kind: 'not-svg' }
      content += text
      continue
    }
    const problem = problemIn(child, childName)
    if (problem) return problem
  }
  return name === 'style' && cssReachesOutside(content) ? { kind: 'style', element: name } : null
}

/** The document's one root element, when all around it is an XML declaration, comments and white space. */
function rootOf(document: Node[]): Node | null {
  const roots: Node[] = []
  for (const [index, node] of document.entries()) {
    const name = nameOf(node)
    if (name === '#comment' || (name === '?xml' && index === 0)) continue
    if (name === '#text' && /^\s*$/.test(String(node[name]))) continue
    roots.push(node)
  }
  return roots.length === 1 ? roots[0] : null
}

/**
 * Checks an uploaded SVG against the allow-list and measures it. Nothing is
 * rewritten: a logo either is plain drawing, or it is refused with the
 * reason, so what the site shows is exactly what the editor uploaded.
 */
export function checkSvg(bytes: Uint8Array): SvgVerdict {
  const refuse = (problem: SvgProblem): SvgVerdict => ({ safe: false, problem })
  if (bytes.length > MAX_SVG_BYTES) return refuse({ kind: 'too-large' })
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return refuse({ kind: 'not-svg' })
  }
  if (/<!(?!--|\[CDATA\[)/.test(text)) return refuse({ kind: 'doctype' })
  // Browsers decode by the declared encoding; only UTF-8, the one checked here, may be declared.
  const declared = text.match(/^<\?xml[^>]*\bencoding\s*=\s*["']([^"']*)["']/)?.[1]
  if (declared && declared.toLowerCase() !== 'utf-8') return refuse({ kind: 'not-svg' })
  if (XMLValidator.validate(text) !== true) return refuse({ kind: 'not-svg' })
  let document: Node[]
  try {
    document = parser.parse(text) as Node[]
  } catch {
    // Nesting beyond the parser's limit, or an attribute named like a JavaScript built-in (__proto__).
    return refuse({ kind: 'not-svg' })
  }
  const root = rootOf(document)
  if (!root || nameOf(root) !== 'svg' || root[':@']?.xmlns !== SVG_NAMESPACE) {
    const instruction = document.map(nameOf).find((name) => name.startsWith('?') && name !== '?xml')
    return refuse(instruction ? { kind: 'element', name: instruction } : { kind: 'not-svg' })
  }
  const problem = problemIn(root, 'svg')
  if (problem) return refuse(problem)
  const size = intrinsicSize(root[':@'] ?? {})
  return size ? { safe: true, ...size } : refuse({ kind: 'no-size' })
}
