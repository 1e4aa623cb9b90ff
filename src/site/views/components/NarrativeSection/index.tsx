import type { InLanguage as Localized } from '../../../../content/i18n/pick-localized'
import type { RichTextValue } from '../../../../content/rich-text'
import type { PageContext } from '../../context'
import { RichText, splitRichText } from '../RichText'
import { InLanguage } from '../TranslatedSection'

/**
 * A long narrative shows its opening paragraph and folds the rest into a
 * native <details>, so "read more" works with script turned off.
 */
export function NarrativeSection({ ctx, id, title, content }: { ctx: PageContext; id: string; title: string; content: Localized<RichTextValue> | null }) {
  if (!content) return null
  const [opening, rest] = splitRichText(content.value)
  return (
    <section className="profile-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <InLanguage ctx={ctx} lang={content.lang}>
        <RichText value={opening} headingLevel={3} />
        {rest ? (
          <details className="read-more">
            <summary>
              <span className="read-more__label">{ctx.t('city.readMore')}</span>
              <span className="visually-hidden">: {title}</span>
            </summary>
            <RichText value={rest} headingLevel={3} />
          </details>
        ) : null}
      </InLanguage>
    </section>
  )
}
