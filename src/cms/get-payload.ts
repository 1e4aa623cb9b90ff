import { getPayload, type Payload } from 'payload'
import config from './payload.config'

export function getHubPayload(): Promise<Payload> {
  return getPayload({ config })
}
