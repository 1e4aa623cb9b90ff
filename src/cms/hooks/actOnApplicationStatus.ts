import type { CollectionAfterChangeHook } from 'payload'

/**
 * A new application or a change of status becomes a job; the site server
 * runs it (mail to the applicant, and on approval the city and its focal
 * point). Rendering mail is kept out of the back office's bundle.
 */
export const actOnApplicationStatus: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'create' || doc.status !== previousDoc?.status) {
    await req.payload.jobs.queue({ task: 'processApplication', input: { applicationId: doc.id, status: doc.status }, req })
  }
  return doc
}
