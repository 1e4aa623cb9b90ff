import type { Locale } from '../locales'
import type { Translate } from '../i18n/translate'
import { EmailLayout } from './EmailLayout'

export type AccountMailKind = 'verify' | 'reset' | 'change' | 'exists'

/** Confirm-your-address, reset-your-password and you-already-have-an-account: one link each, in the member's language. */
export function AccountEmail({ t, locale, kind, url }: { t: Translate; locale: Locale; kind: AccountMailKind; url: string }) {
  return (
    <EmailLayout locale={locale} title={t(`email.account.${kind}Title`)} footer={<p>{t(`email.account.${kind}NotYou`)}</p>}>
      <p>{t(`email.account.${kind}Body`)}</p>
      <p>
        <a href={url}>{t(`email.account.${kind}Link`)}</a>
      </p>
    </EmailLayout>
  )
}
