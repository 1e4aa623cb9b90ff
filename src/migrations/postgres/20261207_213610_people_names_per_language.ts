import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// A person's name became one per language ("أحمد أبو طالب" on Arabic pages).
// The generated migration dropped the old column, losing every name: each name
// is first copied into the default language ('en' when this was written),
// creating the language row where a person had no localized field yet. Other
// languages then fall back to it until someone writes the name in their script.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "people_locales" ADD COLUMN "name" varchar;
  ALTER TABLE "_people_v_locales" ADD COLUMN "version_name" varchar;
  INSERT INTO "people_locales" ("_locale", "_parent_id", "name")
    SELECT 'en', p."id", p."name" FROM "people" p
    ON CONFLICT ("_locale", "_parent_id") DO UPDATE SET "name" = EXCLUDED."name";
  INSERT INTO "_people_v_locales" ("_locale", "_parent_id", "version_name")
    SELECT 'en', v."id", v."version_name" FROM "_people_v" v
    ON CONFLICT ("_locale", "_parent_id") DO UPDATE SET "version_name" = EXCLUDED."version_name";
  ALTER TABLE "people" DROP COLUMN "name";
  ALTER TABLE "_people_v" DROP COLUMN "version_name";`)
}

// Back to one name: the default language's.
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "people" ADD COLUMN "name" varchar;
  ALTER TABLE "_people_v" ADD COLUMN "version_name" varchar;
  UPDATE "people" p SET "name" = l."name" FROM "people_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  UPDATE "_people_v" v SET "version_name" = l."version_name" FROM "_people_v_locales" l WHERE l."_parent_id" = v."id" AND l."_locale" = 'en';
  ALTER TABLE "people_locales" DROP COLUMN "name";
  ALTER TABLE "_people_v_locales" DROP COLUMN "version_name";`)
}
