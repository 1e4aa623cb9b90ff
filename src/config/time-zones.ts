/**
 * Time zones an event can be scheduled in: those of the member cities and of
 * the usual summit hosts. Events are stored in UTC and shown on the organisers'
 * clock, so the zone is part of the event, not of the visitor.
 */
export const eventTimeZones = [
  { label: 'UTC', value: 'UTC' },
  { label: 'New York', value: 'America/New_York' },
  { label: 'Montréal / Toronto', value: 'America/Toronto' },
  { label: 'Minneapolis / Chicago', value: 'America/Chicago' },
  { label: 'London', value: 'Europe/London' },
  { label: 'Amsterdam / Rotterdam', value: 'Europe/Amsterdam' },
  { label: 'Brussels', value: 'Europe/Brussels' },
  { label: 'Copenhagen / Aarhus', value: 'Europe/Copenhagen' },
  { label: 'Paris', value: 'Europe/Paris' },
  { label: 'Sarajevo', value: 'Europe/Sarajevo' },
  { label: 'Pristina / Belgrade', value: 'Europe/Belgrade' },
  { label: 'Tunis', value: 'Africa/Tunis' },
  { label: 'Nairobi', value: 'Africa/Nairobi' },
  { label: 'Cape Town / Johannesburg', value: 'Africa/Johannesburg' },
  { label: 'Amman', value: 'Asia/Amman' },
  { label: 'Beirut', value: 'Asia/Beirut' },
  { label: 'Dubai', value: 'Asia/Dubai' },
  { label: 'Mumbai / Kolkata', value: 'Asia/Kolkata' },
  { label: 'Dhaka', value: 'Asia/Dhaka' },
]
