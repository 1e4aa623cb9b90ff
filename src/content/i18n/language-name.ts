/** Name of a language in the reader's language, e.g. "néerlandais". */
export function languageName(code: string, inLocale: string): string {
  return new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code
}
