import type { PageBlock } from '../../../../services/pages/get-page'
import type { PageContext } from '../../context'
import { PeopleGrid } from '../PeopleGrid'
import { Picture } from '../Picture'
import { RichText } from '../RichText'
import { menuHref } from '../SiteMenu'

function Block({ ctx, block, index }: { ctx: PageContext; block: PageBlock; index: number }) {
  switch (block.kind) {
    case 'richText':
      return block.body ? <RichText value={block.body} headingLevel={2} /> : null
    case 'image':
      return (
        <figure className="figure">
          <Picture picture={block.image} />
          {block.caption ? <figcaption>{block.caption}</figcaption> : null}
        </figure>
      )
    case 'quote':
      return (
        <figure className="pull-quote">
          <blockquote>
            <p>{block.text}</p>
          </blockquote>
          {block.attribution ? <figcaption>{block.attribution}</figcaption> : null}
        </figure>
      )
    case 'callToAction':
      return (
        <section className="call-to-action" aria-labelledby={`cta-${index}`}>
          <h2 id={`cta-${index}`}>{block.heading}</h2>
          {block.text ? <p>{block.text}</p> : null}
          <a className="button" href={menuHref(ctx, block.href)}>
            {block.label}
          </a>
        </section>
      )
    case 'peopleGrid':
      return (
        <section aria-labelledby={`people-${index}`}>
          <h2 id={`people-${index}`}>{block.heading}</h2>
          <PeopleGrid people={block.people} />
        </section>
      )
    case 'faq':
      return (
        <section aria-labelledby={`faq-${index}`} className="faq">
          <h2 id={`faq-${index}`}>{block.heading}</h2>
          {block.items.map((item, i) => (
            <details key={i} className="faq__item">
              <summary>{item.question}</summary>
              {item.answer ? <RichText value={item.answer} /> : null}
            </details>
          ))}
        </section>
      )
  }
}

/** The blocks an editor arranged, in their order. */
export function PageBlocks({ ctx, blocks }: { ctx: PageContext; blocks: PageBlock[] }) {
  return (
    <>
      {blocks.map((block, i) => (
        <Block key={i} ctx={ctx} block={block} index={i} />
      ))}
    </>
  )
}
