import { createElement } from 'react'
import { filterCities, ZCityFiltersSchema } from '../../services/cities/filter-cities'
import { listMemberCities } from '../../services/cities/list-member-cities'
import { CityDirectoryPage } from '../views/pages/CityDirectoryPage'
import { AppError } from '../../content/app-error'
import type { PageHandler } from './types'

export const cityDirectoryPage: PageHandler = async ({ payload, ctx, query }) => {
  const parsed = ZCityFiltersSchema.safeParse(query)
  if (!parsed.success) throw new AppError('invalid-input', { cause: parsed.error })
  const { results, facets } = filterCities(await listMemberCities(payload, ctx.locale), parsed.data, ctx.locale)
  return createElement(CityDirectoryPage, { ctx, filters: parsed.data, results, facets })
}
