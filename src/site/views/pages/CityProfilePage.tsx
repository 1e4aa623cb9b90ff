import { languageName } from '../../../content/i18n/language-name'
import { isLocale, type Locale, localeDefinition } from '../../../content/locales'
import type { CityProfile } from '../../../services/cities/types'
import { cityLd } from '../../machine/json-ld'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { Layout } from '../components/Layout'
import { NarrativeSection } from '../components/NarrativeSection'
import { Portrait } from '../components/Portrait'
import { RichText } from '../components/RichText'
import { type FallbackSection, FallbackNotice, InLanguage } from '../components/TranslatedSection'
import { href, type PageContext } from '../context'
import { formatDate } from '../format-date'
import { pathTo } from '../../../content/content-types'
import { PagePhoto } from '../components/PagePhoto'

/** Text in another language than the page gets its own lang attribute (WCAG 3.1.2). */
function Text({ ctx, value }: { ctx: PageContext; value: { value: string; lang: string } | null }) {
  if (!value) return null
  if (value.lang === ctx.locale || !isLocale(value.lang)) return <>{value.value}</>
  const def = localeDefinition(value.lang)
  return (
    <span lang={def.tag} dir={def.dir}>
      {value.value}
    </span>
  )
}

/** The sections the page may show in another language, in page order, with the language each is written in. */
function fallbackSections({ t, locale }: PageContext, city: CityProfile): FallbackSection[] {
  const firstOther = (items: ({ lang: Locale } | null)[]) => items.find((i) => i && i.lang !== locale)?.lang ?? locale
  return [
    city.background && { id: 'background', title: t('city.background'), lang: city.background.lang },
    city.nationalOverview && { id: 'national-overview', title: t('city.nationalOverview'), lang: city.nationalOverview.lang },
    city.localOverview && { id: 'local-overview', title: t('city.localOverview'), lang: city.localOverview.lang },
    { id: 'initiatives', title: t('city.initiatives'), lang: firstOther(city.initiatives.map((i) => i.body)) },
    { id: 'sectors', title: t('city.sectors'), lang: firstOther(city.sectorActivities.map((a) => a.body)) },
  ].filter((s): s is FallbackSection => Boolean(s))
}

export function CityProfilePage({ ctx, city }: { ctx: PageContext; city: CityProfile }) {
  const { t, locale } = ctx
  const title = city.country ? t('city.title', { city: city.name.value, country: city.country.name }) : city.name.value
  const reviewed = formatDate(city.lastReviewed, locale)
  return (
    <Layout
      ctx={ctx}
      title={title}
      description={t('cities.intro')}
      jsonLd={[
        cityLd({
          name: city.name.value,
          url: ctx.origin + href(locale, pathTo('city', city.slug)),
          country: city.country?.name ?? '',
          latitude: city.latitude,
          longitude: city.longitude,
        }),
      ]}
    >
      <Breadcrumbs
        ctx={ctx}
        trail={[{ label: t('nav.cities'), path: '/cities' }, ...(city.region ? [{ label: city.region.label, path: `/cities?region=${city.region.slug}` }] : [])]}
        current={city.name.value}
      />
      <article className="profile">
        <header className="profile__header">
          <h1>{title}</h1>
          {city.isSample ? <p className="sample-notice">{t('city.sample')}</p> : null}
          <p className="profile__reviewed">{reviewed ? t('city.lastReviewed', { date: reviewed }) : t('city.notReviewed')}</p>
        </header>

        <FallbackNotice ctx={ctx} sections={fallbackSections(ctx, city)} />
        <PagePhoto ctx={ctx} photo={city.photo} />
        <div className="profile__layout">
          {/* First in the page, so a phone shows the key facts before the narrative; on wider screens it heads the side column. */}
          <section className="key-info profile__facts" aria-labelledby="key-information">
            <h2 id="key-information">{t('city.keyInformation')}</h2>
            <dl>
              <dt>{t('city.info.city')}</dt>
              <dd>
                <Text ctx={ctx} value={city.name} />
              </dd>
              {city.country ? (
                <>
                  <dt>{t('city.info.country')}</dt>
                  <dd>{city.country.name}</dd>
                </>
              ) : null}
              {city.region ? (
                <>
                  <dt>{t('city.info.region')}</dt>
                  <dd>
                    <a href={href(locale, pathTo('region', city.region.slug))}>{city.region.label}</a>
                  </dd>
                </>
              ) : null}
              {city.population != null ? (
                <>
                  <dt>{t('city.info.population')}</dt>
                  <dd>
                    {city.populationYear
                      ? t('city.info.populationValue', { population: city.population, year: String(city.populationYear) })
                      : new Intl.NumberFormat(locale).format(city.population)}
                  </dd>
                </>
              ) : null}
              {city.leaders.length ? (
                <>
                  <dt>{t('city.info.leadership')}</dt>
                  {city.leaders.map((p) => (
                    <dd key={p.name}>{p.role ? `${p.role} ${p.name}` : p.name}</dd>
                  ))}
                </>
              ) : null}
              {city.memberSince ? (
                <>
                  <dt>{t('city.info.memberSince')}</dt>
                  <dd>{formatDate(city.memberSince, locale)}</dd>
                </>
              ) : null}
            </dl>
          </section>

          <div className="profile__main">
            <NarrativeSection ctx={ctx} id="background" title={t('city.background')} content={city.background} />
            <NarrativeSection ctx={ctx} id="national-overview" title={t('city.nationalOverview')} content={city.nationalOverview} />
            <NarrativeSection ctx={ctx} id="local-overview" title={t('city.localOverview')} content={city.localOverview} />

            {city.initiatives.length ? (
              <section className="profile-section" aria-labelledby="initiatives">
                <h2 id="initiatives">{t('city.initiatives')}</h2>
                {city.initiatives.map((item, i) => (
                  <div className="initiative" key={i}>
                    <h3>
                      <Text ctx={ctx} value={item.title} />
                    </h3>
                    {item.body ? (
                      <InLanguage ctx={ctx} lang={item.body.lang}>
                        <RichText value={item.body.value} headingLevel={4} />
                      </InLanguage>
                    ) : null}
                    {item.url ? (
                      <p>
                        <a href={item.url} rel="noopener noreferrer">
                          {t('city.initiativeLink', { title: item.title?.value ?? '' })}
                        </a>{' '}
                        <span className="hint">{t('city.externalLink')}</span>
                      </p>
                    ) : null}
                  </div>
                ))}
              </section>
            ) : null}

            {city.sectorActivities.length ? (
              <section className="profile-section" aria-labelledby="sectors">
                <h2 id="sectors">{t('city.sectors')}</h2>
                {city.sectorActivities.map((a, i) => (
                  <div className="sector-activity" key={i}>
                    <h3>{a.sector}</h3>
                    {a.body ? (
                      <InLanguage ctx={ctx} lang={a.body.lang}>
                        <RichText value={a.body.value} headingLevel={4} />
                      </InLanguage>
                    ) : null}
                  </div>
                ))}
              </section>
            ) : null}

            {city.sourceGroups.length ? (
              <section className="profile-section" aria-labelledby="sources">
                <h2 id="sources">{t('city.sources')}</h2>
                {city.sourceGroups.map((group, i) => (
                  <div key={i}>
                    <h3>
                      <Text ctx={ctx} value={group.title} />
                    </h3>
                    <ul className="source-list">
                      {group.links.map((link, j) => (
                        <li key={j}>
                          <a href={link.url} rel="noopener noreferrer" hrefLang={link.documentLanguage}>
                            <Text ctx={ctx} value={link.title} />
                          </a>
                          {link.documentLanguage !== locale ? (
                            <span className="doc-language">
                              {' '}
                              ({t('city.documentOnlyIn', { language: languageName(link.documentLanguage, locale) })}
                              {link.note ? '; ' : ''}
                              {link.note ? <Text ctx={ctx} value={link.note} /> : null})
                            </span>
                          ) : link.note ? (
                            <span className="doc-language">
                              {' '}
                              (<Text ctx={ctx} value={link.note} />)
                            </span>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </section>
            ) : null}
          </div>

          <aside className="profile__aside">
            {city.workingGroups.length ? (
              <section aria-labelledby="working-groups">
                <h2 id="working-groups">{t('city.workingGroups')}</h2>
                <ul>
                  {city.workingGroups.map((g) => (
                    <li key={g.slug}>
                      <a href={href(locale, pathTo('workingGroup', g.slug))}>{g.label}</a>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}

            {city.themes.length ? (
              <section aria-labelledby="keywords">
                <h2 id="keywords">{t('city.keywords')}</h2>
                <ul className="tag-list">
                  {city.themes.map((theme) => (
                    <li key={theme.slug}>
                      <a className="tag" href={`${href(locale, '/cities')}?theme=${theme.slug}`}>
                        {theme.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}

            {city.leaders.length ? (
              <section aria-labelledby="leadership">
                <h2 id="leadership">{t('city.leadership')}</h2>
                {city.leaders.map((p) => (
                  <figure className="person" key={p.name}>
                    <Portrait name={p.name} photo={p.photo} />
                    <figcaption>
                      <span className="person__name">{p.name}</span>
                      {p.role ? <span className="person__role">{p.role}</span> : null}
                    </figcaption>
                  </figure>
                ))}
              </section>
            ) : null}
          </aside>
        </div>
      </article>
    </Layout>
  )
}
