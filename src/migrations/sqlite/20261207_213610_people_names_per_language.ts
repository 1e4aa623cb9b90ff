import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

// A person's name became one per language ("أحمد أبو طالب" on Arabic pages).
// The generated migration dropped the old column, losing every name: each name
// is first copied into the default language ('en' when this was written),
// creating the language row where a person had no localized field yet. Other
// languages then fall back to it until someone writes the name in their script.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`people_locales\` ADD \`name\` text;`)
  await db.run(sql`ALTER TABLE \`_people_v_locales\` ADD \`version_name\` text;`)
  await db.run(sql`INSERT INTO \`people_locales\` (\`_locale\`, \`_parent_id\`)
    SELECT 'en', \`id\` FROM \`people\` WHERE \`id\` NOT IN (SELECT \`_parent_id\` FROM \`people_locales\` WHERE \`_locale\` = 'en');`)
  await db.run(sql`UPDATE \`people_locales\` SET \`name\` = (SELECT \`name\` FROM \`people\` WHERE \`people\`.\`id\` = \`_parent_id\`) WHERE \`_locale\` = 'en';`)
  await db.run(sql`INSERT INTO \`_people_v_locales\` (\`_locale\`, \`_parent_id\`)
    SELECT 'en', \`id\` FROM \`_people_v\` WHERE \`id\` NOT IN (SELECT \`_parent_id\` FROM \`_people_v_locales\` WHERE \`_locale\` = 'en');`)
  await db.run(sql`UPDATE \`_people_v_locales\` SET \`version_name\` = (SELECT \`version_name\` FROM \`_people_v\` WHERE \`_people_v\`.\`id\` = \`_parent_id\`) WHERE \`_locale\` = 'en';`)
  await db.run(sql`ALTER TABLE \`people\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`_people_v\` DROP COLUMN \`version_name\`;`)
}

// Back to one name: the default language's.
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`people\` ADD \`name\` text;`)
  await db.run(sql`ALTER TABLE \`_people_v\` ADD \`version_name\` text;`)
  await db.run(sql`UPDATE \`people\` SET \`name\` = (SELECT \`name\` FROM \`people_locales\` WHERE \`_parent_id\` = \`people\`.\`id\` AND \`_locale\` = 'en');`)
  await db.run(sql`UPDATE \`_people_v\` SET \`version_name\` = (SELECT \`version_name\` FROM \`_people_v_locales\` WHERE \`_parent_id\` = \`_people_v\`.\`id\` AND \`_locale\` = 'en');`)
  await db.run(sql`ALTER TABLE \`people_locales\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`_people_v_locales\` DROP COLUMN \`version_name\`;`)
}
