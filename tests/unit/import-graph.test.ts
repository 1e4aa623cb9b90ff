import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

/** Folders and the folders they must never import, so the layers stay in order: site above services above content. */
const rules: { from: string; mustNotImport: string[] }[] = [
  { from: 'src/content', mustNotImport: ['src/site', 'src/services'] },
  { from: 'src/services', mustNotImport: ['src/site'] },
  { from: 'src/search', mustNotImport: ['src/site'] },
  { from: 'src/cms', mustNotImport: ['src/site'] },
]

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.posix.join(dir, file.split(path.sep).join('/')))
}

/** The repository path an import points at; null for packages, which are no layer of ours. */
function importedPath(file: string, specifier: string): string | null {
  if (specifier === '@payload-config') return 'src/cms/payload.config.ts'
  if (!specifier.startsWith('.')) return null
  return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier))
}

const isInside = (target: string, dir: string) => target === dir || target.startsWith(`${dir}/`)

/** Every import, re-export and dynamic import() in a file, read by TypeScript's own scanner so comments and strings never count. */
function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(path.join(root, file), 'utf8'), true, true).importedFiles.map((imported) => imported.fileName)
}

describe('import graph', () => {
  it.each(rules)('nothing in $from imports $mustNotImport', ({ from, mustNotImport }) => {
    const files = sourceFiles(from)
    // A renamed folder must fail here, not pass with nothing to check.
    expect(files.length).toBeGreaterThan(0)
    const violations = files.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => {
          const target = importedPath(file, specifier)
          return target !== null && mustNotImport.some((dir) => isInside(target, dir))
        })
        .map((specifier) => `${file} imports '${specifier}'`),
    )
    expect(violations).toEqual([])
  })
})
