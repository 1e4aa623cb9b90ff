import { createElement } from 'react'
import { getCityProfile } from '../../services/cities/get-city-profile'
import { CityProfilePage } from '../views/pages/CityProfilePage'
import type { PageHandler } from './types'

export const cityProfilePage: PageHandler = async ({ payload, ctx, params }) => {
  if (!/^[a-z0-9-]{1,80}$/.test(params.slug)) return null
  const city = await getCityProfile(payload, params.slug, ctx.locale)
  return city ? createElement(CityProfilePage, { ctx, city }) : null
}
