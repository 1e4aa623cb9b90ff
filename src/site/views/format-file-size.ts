/** A file's size as a reader judges a download on a slow link: "1.2 MB", "340 KB", in the page's digits. */
export function formatFileSize(bytes: number, locale: string): string {
  const mb = bytes / (1024 * 1024)
  return mb >= 1
    ? `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(mb)} MB`
    : `${new Intl.NumberFormat(locale).format(Math.max(1, Math.round(bytes / 1024)))} KB`
}
