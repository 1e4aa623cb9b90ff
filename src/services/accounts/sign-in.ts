import { APIError, LockedAuth, type Payload, type TypedUser, UnverifiedEmail } from 'payload'
import { AppError, type AppErrorCode, defaultMessageKey, parseInput } from '../../content/app-error'
import { ZSignInSchema } from './accounts'

export type Session = { token: string; expires: Date; user: TypedUser | undefined }

/**
 * Signs a member in from the site's form. A refusal says why, as the form
 * shows it (wrong credentials, a locked or an unconfirmed account), with the
 * address as it was understood; too many attempts from one visitor
 * (src/cms/hooks/throttleSignIn.ts) get the rate-limit page.
 */
export async function signIn(payload: Payload, values: Record<string, string>): Promise<Session> {
  const data = parseInput(ZSignInSchema, values)
  try {
    const result = await payload.login({ collection: 'users', data })
    return { token: result.token!, expires: new Date((result.exp ?? 0) * 1000), user: result.user }
  } catch (error) {
    if (error instanceof APIError && error.status === 429) throw new AppError('rate-limited', { cause: error })
    const code: AppErrorCode = error instanceof LockedAuth ? 'account-locked' : error instanceof UnverifiedEmail ? 'unverified' : 'invalid-credentials'
    throw new AppError(code, { fields: { form: defaultMessageKey(code) }, values: { email: data.email }, cause: error })
  }
}
