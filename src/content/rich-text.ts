/** The subset of Lexical's JSON the site renders; anything else shows its text only. */
export type LexicalNode = {
  type: string
  children?: LexicalNode[]
  text?: string
  format?: number | string
  tag?: string
  listType?: 'number' | 'bullet' | 'check'
  url?: string
  fields?: { url?: string; linkType?: string }
}
export type RichTextValue = { root: LexicalNode }
