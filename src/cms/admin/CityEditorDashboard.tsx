import type { ServerProps } from 'payload'
import { isOnlyCityEditor } from '../access/roles'
import { narrativeSections } from '../collections/Cities'
import { say } from '../labels'
import { cityStatuses } from './city-status'
import { dashboardWording as w } from './dashboard-wording'

/**
 * Above the dashboard, for a city focal point only: each of their cities,
 * when it was last reviewed, which narrative sections lack which language,
 * the drafts not yet published, and the way in to edit it.
 */
export async function CityEditorDashboard({ i18n, payload, user }: ServerProps) {
  if (!user || !isOnlyCityEditor(user)) return null
  const cities = await cityStatuses(payload, user)
  if (!cities.length) return null
  const req = { i18n }
  const language = i18n.language
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'long' })
  const moment = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' })
  const languageName = new Intl.DisplayNames([language], { type: 'language' })
  return (
    <section className="city-dashboard" aria-labelledby="city-dashboard-heading">
      <h2 id="city-dashboard-heading">{say(cities.length === 1 ? w.yourCity : w.yourCities, req)}</h2>
      {cities.map((city) => {
        const name = city.name[language as keyof typeof city.name] ?? city.name.en ?? Object.values(city.name)[0] ?? ''
        return (
          <article key={city.id} className="city-dashboard__city">
            <h3>{name}</h3>
            <p>
              {say(w.lastReviewed, req)}
              {say(w.colon, req)}
              {city.lastReviewed ? day.format(new Date(city.lastReviewed)) : say(w.neverReviewed, req)}
            </p>
            <h4>{say(w.missingTranslations, req)}</h4>
            {city.missing.length ? (
              <ul className="city-dashboard__missing">
                {city.missing.map(({ section, locales }) => (
                  <li key={section}>
                    {say(narrativeSections.find((s) => s.name === section)!.label, req)}
                    {say(w.colon, req)}
                    {locales.map((code) => languageName.of(code) ?? code).join(', ')}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{say(w.allTranslated, req)}</p>
            )}
            <h4>{say(w.drafts, req)}</h4>
            {city.drafts.length ? (
              <ul className="city-dashboard__drafts">
                {city.drafts.map((savedAt) => (
                  <li key={savedAt}>
                    {say(w.savedOn, req)} {moment.format(new Date(savedAt))}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{say(w.noDrafts, req)}</p>
            )}
            <a className="btn btn--style-primary btn--size-medium city-dashboard__edit" href={`${payload.config.routes.admin}/collections/cities/${city.id}`}>
              {say(w.edit, req)} {name}
            </a>
          </article>
        )
      })}
    </section>
  )
}
