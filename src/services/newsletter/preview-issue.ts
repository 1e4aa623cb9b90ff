import type { Payload, TypedUser } from 'payload'
import { hasRole } from '../../cms/access/roles'
import type { Locale } from '../../content/locales'
import { AppError } from '../../content/app-error'
import { previewIssue } from './send-issue'

/**
 * The back office's "preview" of an issue, as a subscriber would see it. For
 * staff only; anyone else, an id that is not one, and an issue that cannot be
 * shown get `not-found`, so the address tells nobody which issues exist.
 */
export async function previewIssueForStaff(payload: Payload, user: TypedUser | null, issueId: string | undefined, locale: Locale): Promise<string> {
  const id = Number(issueId)
  if (!hasRole(user, 'admin', 'editor') || !Number.isInteger(id)) throw new AppError('not-found')
  const html = await previewIssue(payload, id, locale).catch(() => '')
  if (!html) throw new AppError('not-found')
  return html
}
