/**
 * Builds the back office (Next + Payload admin) when its sources changed
 * since the last build, so `npm start` and `npm test` work on a fresh clone
 * and stay fast afterwards. `--force` always builds.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const inputs = ['package-lock.json', 'next.config.mjs', 'tsconfig.json', 'src/app', 'src/cms', 'src/config', 'src/shared']
const stampFile = '.next/source-hash'

function files(entry: string): string[] {
  if (!existsSync(entry)) return []
  if (!statSync(entry).isDirectory()) return [entry]
  return readdirSync(entry)
    .sort()
    .flatMap((name) => files(path.join(entry, name)))
}

function sourceHash(): string {
  const hash = createHash('sha256')
  for (const file of inputs.flatMap(files)) hash.update(file).update(readFileSync(file))
  return hash.digest('hex')
}

const wanted = sourceHash()
const current = existsSync(stampFile) && existsSync('.next/BUILD_ID') ? readFileSync(stampFile, 'utf8') : ''
if (process.argv.includes('--force') || current !== wanted) {
  console.log('Building the back office (Next.js); this takes a few minutes the first time…')
  const result = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  if (result.status !== 0) process.exit(result.status ?? 1)
  writeFileSync(stampFile, wanted)
}
