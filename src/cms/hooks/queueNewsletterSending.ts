import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

/** The two checkboxes are requests, not state: they are taken out of the document and acted on once. */
export const takeSendRequests: CollectionBeforeChangeHook = ({ data, context, originalDoc }) => {
  context.sendTest = Boolean(data.sendTest)
  context.send = Boolean(data.send) && (originalDoc?.status ?? 'draft') === 'draft'
  return { ...data, sendTest: false, send: false, ...(context.send ? { status: 'sending' } : {}) }
}

/** Queues the work: rendering and sending run as jobs on the site server. */
export const queueNewsletterSending: CollectionAfterChangeHook = async ({ doc, context, req }) => {
  if (context.sendTest && req.user?.email) {
    await req.payload.jobs.queue({ task: 'sendNewsletterTest', input: { issueId: doc.id, to: req.user.email }, req })
  }
  if (context.send) await req.payload.jobs.queue({ task: 'sendNewsletterIssue', input: { issueId: doc.id }, req })
  return doc
}
