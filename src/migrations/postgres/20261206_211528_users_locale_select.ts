import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// "Language for emails" became a choice of the hub's languages (an enum). Values
// in the list are kept; any other (or none) becomes English, the default, so the cast cannot fail.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TYPE "public"."enum_users_locale" AS ENUM('en', 'fr', 'ar');
  ALTER TABLE "users" ALTER COLUMN "locale" DROP DEFAULT;
  UPDATE "users" SET "locale" = 'en' WHERE "locale" IS NULL OR "locale" NOT IN ('en', 'fr', 'ar');
  ALTER TABLE "users" ALTER COLUMN "locale" SET DATA TYPE "public"."enum_users_locale" USING "locale"::"public"."enum_users_locale";
  ALTER TABLE "users" ALTER COLUMN "locale" SET DEFAULT 'en'::"public"."enum_users_locale";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "users" ALTER COLUMN "locale" DROP DEFAULT;
  ALTER TABLE "users" ALTER COLUMN "locale" SET DATA TYPE varchar USING "locale"::varchar;
  ALTER TABLE "users" ALTER COLUMN "locale" SET DEFAULT 'en';
  DROP TYPE "public"."enum_users_locale";`)
}
