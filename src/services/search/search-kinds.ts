import { eventTypes } from '../../cms/collections/Events/event-types'
import { resourceTypes } from '../../cms/fields/resource-types'
import { newsTypes } from '../news/news-types'

/**
 * Every kind a search result can be (the `type` facet), as the search
 * sources index them; each has a `type.{kind}` label in every language.
 */
export const searchKinds = ['city', ...resourceTypes, ...newsTypes, ...eventTypes] as const
