import { pathTo } from '../../../../content/content-types'
import { messagesByLocale } from '../../../../content/i18n/translate'
import type { PageContext } from '../../context'
import { href } from '../../context'

/** Where a module's offline manifest is: what saving it downloads, and how much. */
export const offlinePath = (slug: string) => `${pathTo('trainingModule', slug)}/offline.json`

// What the script says, in the page's language, plural forms and all (it picks them with Intl.PluralRules).
const scriptMessages = ['isSaved', 'update', 'saving', 'saved', 'failed', 'answers', 'lessons', 'kept', 'sent', 'refused'] as const

/** The script behind offline use, on the module and lesson pages of a signed-in member; nothing for anyone else. */
export const offlineScripts = (ctx: PageContext): string[] => (ctx.member ? [ctx.offlineScript] : [])

/**
 * Where the script says what it saved and what waits to be sent: a live
 * region present from the start (empty until then), so that screen readers
 * announce what it says. Only for signed-in members.
 */
export function OfflineStatus({ ctx }: { ctx: PageContext }) {
  if (!ctx.member) return null
  const own = messagesByLocale[ctx.locale]
  const messages = Object.fromEntries(scriptMessages.map((name) => [name, own[`training.offline.${name}`] ?? messagesByLocale.en[`training.offline.${name}`]]))
  return <p className="offline-status" role="status" data-offline-status="" data-messages={JSON.stringify(messages)} />
}

/**
 * "Save for offline use" on a module's page, for a signed-in member. Hidden
 * until the script has the size to show, so without script (or without
 * service workers) nothing that cannot work appears.
 */
export function OfflineSave({ ctx, slug }: { ctx: PageContext; slug: string }) {
  if (!ctx.member) return null
  const { t, locale } = ctx
  return (
    <section
      className="offline-save"
      aria-labelledby="offline-heading"
      hidden
      data-offline-save=""
      data-manifest={href(locale, offlinePath(slug))}
      data-worker="/sw.js"
      data-scope={href(locale, '/modules/')}
    >
      <h2 id="offline-heading">{t('training.offline.heading')}</h2>
      <p>{t('training.offline.intro')}</p>
      <p className="hint" data-offline-size="" />
      <button type="button" className="button button--secondary">
        {t('training.offline.save')}
      </button>
    </section>
  )
}
