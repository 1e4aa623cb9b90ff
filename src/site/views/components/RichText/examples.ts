import type { RichTextValue } from '../../../../content/rich-text'

const text = (t: string, format = 0) => ({ type: 'text', text: t, format })

export const paragraphsAndNestedList: RichTextValue = {
  root: {
    type: 'root',
    children: [
      { type: 'paragraph', children: [text('The city works with '), text('many partners', 1), text('.')] },
      {
        type: 'list',
        listType: 'number',
        children: [
          { type: 'listitem', children: [text('Prevention')] },
          { type: 'listitem', children: [{ type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [text('Dialogue')] }] }] },
        ],
      },
    ],
  },
}

export const hostileInput: RichTextValue = {
  root: {
    type: 'root',
    children: [
      { type: 'paragraph', children: [text('<script>alert(1)</script>')] },
      { type: 'paragraph', children: [{ type: 'link', fields: { url: 'javascript:alert(1)' }, children: [text('click me')] }] },
      { type: 'paragraph', children: [{ type: 'link', fields: { url: 'https://example.org/report' }, children: [text('report')] }] },
    ],
  },
}
