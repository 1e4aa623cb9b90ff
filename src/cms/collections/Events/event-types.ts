export const eventTypes = ['summit', 'workshop', 'webinar', 'conference'] as const

/** How the back office names each type; the public site has its own wording per language. */
export const eventTypeLabels: Record<(typeof eventTypes)[number], string> = { summit: 'Global Summit', workshop: 'Regional workshop', webinar: 'Webinar', conference: 'Conference' }
