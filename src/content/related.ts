const isDocument = <T>(value: number | string | T | null | undefined): value is T => Boolean(value) && typeof value === 'object'

/** Related documents the visitor may not read (or not populated at this depth) arrive as bare ids; keep the readable ones. */
export const readable = <T>(value: readonly (number | string | T | null | undefined)[] | null | undefined): T[] => (value ?? []).filter(isDocument<T>)

export const readableOne = <T>(value: number | string | T | null | undefined): T | null => (isDocument<T>(value) ? value : null)

/** The id of a relation, whether it arrived populated or bare. */
export const relationId = (value: number | { id: number }): number => (typeof value === 'object' ? value.id : value)
