import type { TaskConfig } from 'payload'
import { providedJobHandler } from '../shared/job-handlers'

/**
 * Background jobs, run by the site server (src/server.ts). Mail is not one:
 * stored mail is its own queue (src/services/mail/deliver-queued-mail.ts).
 */
export const tasks: TaskConfig[] = [
  {
    slug: 'processApplication',
    retries: 3,
    inputSchema: [
      { name: 'applicationId', type: 'number', required: true },
      { name: 'status', type: 'text', required: true },
    ],
    handler: providedJobHandler('processApplication'),
  },
  {
    slug: 'sendNewsletterIssue',
    retries: 5,
    inputSchema: [{ name: 'issueId', type: 'number', required: true }],
    handler: providedJobHandler('sendNewsletterIssue'),
  },
  {
    slug: 'sendNewsletterTest',
    retries: 3,
    inputSchema: [
      { name: 'issueId', type: 'number', required: true },
      { name: 'to', type: 'email', required: true },
    ],
    handler: providedJobHandler('sendNewsletterTest'),
  },
  {
    // Queued for each confirmed registration to run a day before its event (src/services/events/remind-registrant.ts).
    slug: 'remindEventRegistrant',
    retries: 3,
    inputSchema: [{ name: 'registrationId', type: 'number', required: true }],
    handler: providedJobHandler('remindEventRegistrant'),
  },
]
