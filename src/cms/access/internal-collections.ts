import type { SanitizedConfig } from 'payload'
import { canUseBackOffice } from '.'

// Payload adds these itself, open to any signed-in user; document locks and admin preferences belong to the back office.
const backOfficeOnly = ['payload-locked-documents', 'payload-preferences']

/** Narrows the access of the collections Payload adds to the config, which no declaration of ours can set. */
export function restrictInternalCollections(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (!backOfficeOnly.includes(collection.slug)) continue
    for (const operation of ['create', 'read', 'update', 'delete'] as const) {
      const payloadRule = collection.access[operation]
      // Back-office users keep Payload's own rule (their own preferences, say); nobody else gets anything.
      collection.access[operation] = (args) => (canUseBackOffice(args) ? payloadRule(args) : false)
    }
  }
  return config
}
