import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/** Rate-limit counters shared by every instance, outside Payload's schema: one row per limited key and its current window. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE TABLE hub_rate_limits (key text PRIMARY KEY, window_start bigint NOT NULL, hits integer NOT NULL)`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE hub_rate_limits`)
}
