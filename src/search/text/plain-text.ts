type Node = { text?: unknown; children?: Node[]; root?: Node; type?: string }

const blockTypes = new Set(['paragraph', 'heading', 'listitem', 'list', 'quote'])

/** The words of a rich-text document, blocks separated, for indexing. */
export function plainText(value: unknown): string {
  const out: string[] = []
  const walk = (node: Node | undefined) => {
    if (!node || typeof node !== 'object') return
    const block = Boolean(node.type && blockTypes.has(node.type))
    if (block) out.push('\n')
    if (typeof node.text === 'string') out.push(node.text)
    walk(node.root)
    for (const child of node.children ?? []) walk(child)
    if (block) out.push('\n')
  }
  walk(value as Node)
  return out
    .join('')
    .replace(/[ \t]*\n[\s]*/g, '\n')
    .trim()
}
