export const eventTypes = ['summit', 'workshop', 'webinar', 'conference'] as const
