/** What the benches share: raw responses, page weights, percentiles and the tables they print. */
import http from 'node:http'
import { gzipSync } from 'node:zlib'

/** Exactly what the server sent, still compressed (fetch would decompress it). */
export function rawGet(url: URL | string, headers: Record<string, string>): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

/** The page as a first-time browser downloads it: HTML, stylesheets and scripts, each gzip-compressed; with `cookie`, as that visitor. */
export async function weigh(origin: URL, page: string, cookie?: string) {
  const headers: Record<string, string> = { 'accept-encoding': 'gzip' }
  if (cookie) Object.assign(headers, { cookie, 'sec-fetch-site': 'same-origin' })
  const res = await fetch(new URL(page, origin), { headers })
  if (res.status !== 200) throw new Error(`${page}: ${res.status}`)
  const html = await res.text()
  const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1])
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])
  const sizeOf = async (url: string) => {
    const asset = await fetch(new URL(url, origin))
    if (asset.status !== 200) throw new Error(`${url} (from ${page}): ${asset.status}`)
    return gzipSync(Buffer.from(await asset.arrayBuffer())).length
  }
  const htmlGz = gzipSync(html).length
  const cssGz = sum(await Promise.all(styles.map(sizeOf)))
  const inline = (html.match(/<script(?![^>]*(?:src=|application\/ld\+json))[^>]*>[\s\S]*?<\/script>/g) ?? []).join('').length
  const jsGz = sum(await Promise.all(scripts.map(sizeOf))) + inline
  return {
    html,
    htmlGz,
    cssGz,
    jsGz,
    total: htmlGz + cssGz + jsGz,
    nextRequests: (html.match(/\/_next\//g) ?? []).length,
    embeds: (html.match(/<(?:video|iframe|audio)\b/g) ?? []).length,
  }
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
export const percentile = (values: number[], p: number) =>
  values.length ? [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] : Number.NaN
export const kb = (bytes: number) => (bytes / 1024).toFixed(1)

export function table(title: string, header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ')
  console.log(`\n${title}`)
  console.log(line(header))
  for (const row of rows) console.log(line(row))
}
