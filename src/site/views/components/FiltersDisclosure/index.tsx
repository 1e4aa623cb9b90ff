import type { ReactNode } from 'react'
import type { PageContext } from '../../context'

/**
 * On a phone the filters wait behind one line, "Filters (n)", so the results
 * come first; a checkbox opens them, so it works without script, as the menu
 * does. From 48em the filters sit beside the results and the toggle is gone.
 */
export function FiltersDisclosure({ ctx, id, active, children }: { ctx: PageContext; id: string; active: number; children: ReactNode }) {
  return (
    <div className="filters-disclosure">
      <input type="checkbox" id={`${id}-toggle`} className="filters-disclosure__toggle" aria-controls={id} />
      <label htmlFor={`${id}-toggle`} className="filters-disclosure__label">
        {ctx.t('list.filtersCount', { count: active })}
      </label>
      <div id={id} className="filters-disclosure__panel">
        {children}
      </div>
    </div>
  )
}
