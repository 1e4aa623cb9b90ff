import { pathTo } from '../../../content/content-types'
import { languageName } from '../../../content/i18n/language-name'
import type { Translate } from '../../../content/i18n/translate'
import { isLocale, type Locale } from '../../../content/locales'
import { moduleLevels } from '../../../content/training/vocabulary'
import type { Catalogue, CatalogueFilter, ModuleCard } from '../../../services/training/types'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { FiltersDisclosure } from '../components/FiltersDisclosure'
import { Layout } from '../components/Layout'
import { langProps } from '../components/QuestionForm'
import { href, type PageContext } from '../context'

/** A module's length as readers of the page's language write it: "45 min", "1 h 30 min". */
export function formatMinutes(t: Translate, minutes: number): string {
  const whole = Math.max(0, Math.round(minutes))
  const hours = Math.floor(whole / 60)
  const rest = whole % 60
  if (!hours) return t('training.duration.minutes', { count: rest })
  if (!rest) return t('training.duration.hours', { count: hours })
  return t('training.duration.hoursMinutes', { hours: t('training.duration.hours', { count: hours }), minutes: t('training.duration.minutes', { count: rest }) })
}

/** The languages a module exists in, named in the page's language. */
export const languageList = (languages: Locale[], locale: Locale) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(languages.map((l) => languageName(l, locale)))

export const levelLabel = (t: Translate, level: string) => ((moduleLevels as readonly string[]).includes(level) ? t(`training.level.${level}`) : level)

const filterNames = ['theme', 'level', 'language'] as const
type FilterName = (typeof filterNames)[number]

/** The catalogue's address with one filter changed; one order, so equal filters share a cache entry. */
function catalogueHref(base: string, filter: CatalogueFilter, changes: Partial<Record<FilterName, string | undefined>> = {}): string {
  const merged: CatalogueFilter = { ...filter, ...changes }
  const query = new URLSearchParams()
  for (const name of filterNames) if (merged[name]) query.set(name, merged[name]!)
  const q = query.toString()
  return q ? `${base}?${q}` : base
}

function optionLabel(ctx: PageContext, name: FilterName, value: string, label: string): string {
  if (name === 'level') return levelLabel(ctx.t, value)
  if (name === 'language' && isLocale(value)) return languageName(value, ctx.locale)
  return label || value
}

function Facets({ ctx, base, catalogue }: { ctx: PageContext; base: string; catalogue: Catalogue }) {
  const { t, locale } = ctx
  const count = new Intl.NumberFormat(locale)
  const facets = catalogue.facets
    .map((facet) => {
      const selected = catalogue.filter[facet.name]
      // A chosen value that matches nothing still needs its link to remove it.
      const options = selected && !facet.options.some((o) => o.value === selected) ? [...facet.options, { value: selected, label: selected, count: 0 }] : facet.options
      return { ...facet, selected, options }
    })
    .filter((f) => f.options.length > 0)
  if (!facets.length) return null
  return (
    <nav className="facets" aria-labelledby="module-facets-heading">
      <h2 id="module-facets-heading" className="facets__heading">
        {t('training.modules.refine')}
      </h2>
      {facets.map((facet) => (
        <div className="facet" key={facet.name}>
          <h3 className="facet__name" id={`module-facet-${facet.name}`}>
            {t(`training.facet.${facet.name}`)}
          </h3>
          <ul aria-labelledby={`module-facet-${facet.name}`}>
            {facet.options.map((o) => {
              const selected = facet.selected === o.value
              const label = optionLabel(ctx, facet.name, o.value, o.label)
              return (
                <li key={o.value}>
                  <a
                    href={catalogueHref(base, catalogue.filter, { [facet.name]: selected ? undefined : o.value })}
                    aria-current={selected ? 'true' : undefined}
                    className={selected ? 'facet__option facet__option--selected' : 'facet__option'}
                  >
                    {selected ? t('cities.filter.remove', { label }) : label} <span className="facet__count">({count.format(o.count)})</span>
                  </a>
                </li>
              )
            })}
          </ul>
        </div>
      ))}
    </nav>
  )
}

/** One module in the catalogue: what it is about, how long it takes, and in which languages. */
export function ModuleCardItem({ ctx, module }: { ctx: PageContext; module: ModuleCard }) {
  const { t, locale } = ctx
  return (
    <li className="card module-card">
      <h3 className="card__title">
        <a href={href(locale, pathTo('trainingModule', module.slug))} {...langProps(ctx, module.title.lang)}>
          {module.title.value}
        </a>
      </h3>
      {module.membersOnly ? (
        <p className="module-card__badge">
          <strong className="badge">{t('search.membersOnly')}</strong>
        </p>
      ) : null}
      {module.summary ? <p {...langProps(ctx, module.summary.lang)}>{module.summary.value}</p> : null}
      <dl className="module-card__facts">
        <dt>{t('training.facts.level')}</dt>
        <dd>{levelLabel(t, module.level)}</dd>
        <dt>{t('training.facts.time')}</dt>
        <dd>{formatMinutes(t, module.minutes)}</dd>
        <dt>{t('training.facts.lessons')}</dt>
        <dd>{new Intl.NumberFormat(locale).format(module.lessonCount)}</dd>
        {module.languages.length ? (
          <>
            <dt>{t('training.facts.languages')}</dt>
            <dd>{languageList(module.languages, locale)}</dd>
          </>
        ) : null}
        {module.themes.length ? (
          <>
            <dt>{t('training.facts.themes')}</dt>
            <dd>{module.themes.map((theme) => theme.label).join(', ')}</dd>
          </>
        ) : null}
      </dl>
    </li>
  )
}

/** The training catalogue: every module this visitor may see, narrowed by theme, level and language with plain links. */
export function ModulesPage({ ctx, catalogue }: { ctx: PageContext; catalogue: Catalogue }) {
  const { t, locale } = ctx
  const base = href(locale, '/modules')
  const title = t('training.modules.title')
  const active = filterNames.filter((name) => catalogue.filter[name])
  const labelOf = (name: FilterName, value: string) =>
    optionLabel(ctx, name, value, catalogue.facets.find((f) => f.name === name)?.options.find((o) => o.value === value)?.label ?? value)
  return (
    <Layout ctx={ctx} title={title} description={t('training.modules.intro')}>
      <Breadcrumbs ctx={ctx} trail={[]} current={title} />
      <h1>{title}</h1>
      <p className="lead">{t('training.modules.intro')}</p>
      <div className="search-layout">
        <FiltersDisclosure ctx={ctx} id="module-filters" active={active.length}>
          <Facets ctx={ctx} base={base} catalogue={catalogue} />
        </FiltersDisclosure>
        <div className="search-results">
          <p className="result-count" role="status">
            {t('training.modules.count', { count: catalogue.modules.length })}
          </p>
          {catalogue.modules.length ? (
            <>
              <h2 id="module-list-heading" className="visually-hidden">
                {t('training.modules.list')}
              </h2>
              <ul className="card-list module-list" aria-labelledby="module-list-heading">
                {catalogue.modules.map((m) => (
                  <ModuleCardItem key={m.slug} ctx={ctx} module={m} />
                ))}
              </ul>
            </>
          ) : active.length ? (
            <div className="empty-state">
              <p>{t('training.modules.noResults')}</p>
              <ul>
                {active.map((name) => (
                  <li key={name}>
                    <a href={catalogueHref(base, catalogue.filter, { [name]: undefined })}>{t('cities.filter.remove', { label: labelOf(name, catalogue.filter[name]!) })}</a>
                  </li>
                ))}
              </ul>
              <p>
                <a href={base}>{t('cities.filter.clear')}</a>
              </p>
            </div>
          ) : (
            <div className="empty-state">
              <p>{t('training.modules.empty')}</p>
            </div>
          )}
        </div>
      </div>
    </Layout>
  )
}
