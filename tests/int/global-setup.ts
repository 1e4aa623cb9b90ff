import { randomBytes } from 'node:crypto'
import { buildTemplate } from '../helpers/template-databases'

/** Seeds the demo network once for the whole run; every file and server starts from a copy. */
export default async function setup() {
  const { remove } = await buildTemplate(randomBytes(3).toString('hex'))
  return remove
}
