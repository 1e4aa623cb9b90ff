import { pathTo, routePattern } from './content-types'

/**
 * Where a member registers for an event, and cancels: below the event's own
 * page, which stays the same for everyone (and cached) while these are
 * per member and never cached. Mail links and the site's routes both use these.
 */
export const registrationPath = (slug: string) => `${pathTo('event', slug)}/registration`
export const cancelRegistrationPath = (slug: string) => `${registrationPath(slug)}/cancel`
/** Staff's CSV of one event's registrations. */
export const registrationsCsvPath = (slug: string) => `${pathTo('event', slug)}/registrations.csv`

export const registrationRoute = `${routePattern('event')}/registration`
export const cancelRegistrationRoute = `${registrationRoute}/cancel`
export const registrationsCsvRoute = `${routePattern('event')}/registrations.csv`
