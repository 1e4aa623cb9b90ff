import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

// "Language for emails" became a choice of the hub's languages. SQLite keeps a
// select as text, so only values outside the list change: to English, the default.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`UPDATE \`users\` SET \`locale\` = 'en' WHERE \`locale\` IS NULL OR \`locale\` NOT IN ('en', 'fr', 'ar');`)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Nothing to undo: the column stays text and every value is still valid text.
}
