const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The venue as it reads before the host city, which every event line names
 * next to it: "Municipal youth centre, Pristina" hosted by Pristina becomes
 * "Municipal youth centre", so the line does not say "Pristina, Pristina".
 * Empty when the venue is only the city's name.
 */
export function venueBeforeCity(venue: string | null | undefined, city: string | null | undefined): string {
  const written = venue?.trim() ?? ''
  if (!city) return written
  if (written.toLocaleLowerCase() === city.toLocaleLowerCase()) return ''
  return written.replace(new RegExp(`\\s*[,،]\\s*${escapeRegExp(city)}$`, 'iu'), '')
}
