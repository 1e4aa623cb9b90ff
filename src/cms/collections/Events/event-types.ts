import { l } from '../../labels'

export const eventTypes = ['summit', 'workshop', 'webinar', 'conference'] as const

/** How the back office names each type; the public site has its own wording per language. */
export const eventTypeLabels = {
  summit: l('Global Summit', 'Sommet mondial', 'القمة العالمية'),
  workshop: l('Regional workshop', 'Atelier régional', 'ورشة عمل إقليمية'),
  webinar: l('Webinar', 'Webinaire', 'ندوة عبر الإنترنت'),
  conference: l('Conference', 'Conférence', 'مؤتمر'),
} satisfies Record<(typeof eventTypes)[number], unknown>
