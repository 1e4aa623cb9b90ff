import { href, type PageContext } from '../../context'

/**
 * Who is signed in, in the header: the member's name, linking to their
 * account, and "Sign out" as a guarded form (signing out changes state, so
 * it is a POST). Visitors get the way to sign in.
 */
export function AccountStatus({ ctx }: { ctx: PageContext }) {
  const { t, locale, member } = ctx
  if (!member) {
    return (
      <a className="account-status" href={href(locale, '/account/sign-in')}>
        {t('account.signInLink')}
      </a>
    )
  }
  return (
    <form className="account-status" method="post" action={href(locale, '/account/sign-out')}>
      {/* No honeypot here: it is a one-button form, and a second one on form pages would repeat its id. */}
      <input type="hidden" name="_csrf" value={member.guard._csrf} />
      <input type="hidden" name="_started" value={member.guard._started} />
      <a href={href(locale, '/account')} aria-label={t('site.signedInAs', { name: member.name })}>
        {member.name}
      </a>
      <button type="submit" className="account-status__sign-out">
        {t('account.signOut')}
      </button>
    </form>
  )
}
