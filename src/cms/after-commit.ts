import type { BaseDatabaseAdapter, DatabaseAdapterObj, PayloadRequest } from 'payload'

/**
 * What a change needs once it is committed: index work, keyed so a document
 * saved twice in one transaction is indexed once, and the collections to
 * announce. Hooks run inside the transaction, before the commit; work done
 * there could be read by another request before the data it describes exists,
 * or describe data that a rollback then removes.
 */
export type IndexWork = { key: string; run: () => Promise<void> }
export type CommittedWork = { collection: string; index: IndexWork[] }
export type Settle = (work: CommittedWork[]) => Promise<void>

type Pending = { work: CommittedWork[]; settle: Settle }
type TransactionId = string | number

// On globalThis: Next's bundle of the config and the site's copy share one adapter and its transactions.
const key = Symbol.for('strong-cities-hub.after-commit')
function pending(): Map<TransactionId, Pending | null> {
  const scope = globalThis as unknown as Record<symbol, Map<TransactionId, Pending | null> | undefined>
  scope[key] ??= new Map()
  return scope[key]!
}

/**
 * Runs `settle` once the request's transaction commits, together with every
 * other piece of work that transaction queued; at once when the request has
 * no transaction (SQLite writes commit as they go). A rollback drops it.
 */
export async function whenCommitted(req: PayloadRequest, work: CommittedWork, settle: Settle): Promise<void> {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  // Only a transaction this adapter opened and has not ended counts; Payload's
  // dataloader can leave a placeholder object in `transactionID`.
  if ((typeof id !== 'string' && typeof id !== 'number') || !pending().has(id)) return settle([work])
  const entry = pending().get(id)
  if (entry) entry.work.push(work)
  else pending().set(id, { work: [work], settle })
}

/** The adapter, with the commit settling what its transaction queued before the operation returns. */
export function settlingOnCommit<T extends BaseDatabaseAdapter>(result: DatabaseAdapterObj<T>): DatabaseAdapterObj<T> {
  return {
    ...result,
    init: (args) => {
      const adapter = result.init(args)
      const begin = adapter.beginTransaction
      const commit = adapter.commitTransaction
      const rollback = adapter.rollbackTransaction
      adapter.beginTransaction = async function (options) {
        const id = await begin.call(this, options)
        if (id !== null) pending().set(id, null)
        return id
      }
      adapter.commitTransaction = async function (incoming) {
        const id = incoming instanceof Promise ? await incoming : incoming
        await commit.call(this, id)
        const entry = pending().get(id)
        pending().delete(id)
        if (entry) await entry.settle(entry.work)
      }
      adapter.rollbackTransaction = async function (incoming) {
        const id = incoming instanceof Promise ? await incoming : incoming
        pending().delete(id)
        await rollback.call(this, id)
      }
      return adapter
    },
  }
}
