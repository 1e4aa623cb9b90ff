import type { PageContext } from '../../context'

export type FilterSelect = { name: string; label: string; value: string | undefined; options: { value: string; label: string }[] }

/** A plain GET form, so every filtered list has its own address and works without script. */
export function ListFilters({ ctx, action, selects }: { ctx: PageContext; action: string; selects: FilterSelect[] }) {
  const { t } = ctx
  const active = selects.some((s) => s.value)
  return (
    <form className="filters filters--inline" method="get" action={action} aria-label={t('list.filters')}>
      {selects.map((s) => (
        <div className="form-group" key={s.name}>
          <label htmlFor={`filter-${s.name}`}>{s.label}</label>
          <select id={`filter-${s.name}`} name={s.name} defaultValue={s.value ?? ''}>
            <option value="">{t('cities.filter.any')}</option>
            {s.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className="button">
        {t('cities.filter.apply')}
      </button>
      {active ? (
        <p>
          <a href={action}>{t('cities.filter.clear')}</a>
        </p>
      ) : null}
    </form>
  )
}
