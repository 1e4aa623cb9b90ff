import { languageName } from '../../../../content/i18n/language-name'
import { isLocale, localeDefinition } from '../../../../content/locales'
import type { ListedHit } from '../../../../services/search/run-search'
import { formatFileSize } from '../../format-file-size'
import { href, type PageContext } from '../../context'
import { formatDate } from '../../format-date'
import { Highlight } from '../Highlight'

function langAttributes(lang: string) {
  return isLocale(lang) ? { lang: localeDefinition(lang).tag, dir: localeDefinition(lang).dir } : { lang }
}

export function SearchResults({ ctx, hits }: { ctx: PageContext; hits: ListedHit[] }) {
  const { t, locale } = ctx
  return (
    <ol className="results">
      {hits.map((hit) => (
        <li key={hit.key} className="result">
          <h3 className="result__title">
            <a href={href(locale, hit.path)} {...(hit.title.lang !== locale ? langAttributes(hit.title.lang) : {})}>
              <Highlight text={hit.title.text} />
            </a>
          </h3>
          <p className="result__meta">
            <span>{t(`type.${hit.kind}`)}</span>
            {hit.place ? <span> · {hit.place}</span> : null}
            {hit.date ? <span> · {formatDate(hit.date, locale, 'medium')}</span> : null}
            {hit.title.lang !== locale ? <span> · {t('search.inLanguage', { language: languageName(hit.title.lang, locale) })}</span> : null}
            {hit.file ? (
              <span>
                {' '}
                · {hit.file.format}, {formatFileSize(hit.file.bytes, locale)}
              </span>
            ) : null}
            {hit.membersOnly ? <strong className="badge">{t('search.membersOnly')}</strong> : null}
          </p>
          {hit.snippet ? (
            <p className="result__snippet" {...(hit.snippet.lang !== locale ? langAttributes(hit.snippet.lang) : {})}>
              <Highlight text={hit.snippet.text} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  )
}
