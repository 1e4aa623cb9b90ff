import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "regions" ADD COLUMN "hub_team_email" varchar;
  ALTER TABLE "_regions_v" ADD COLUMN "version_hub_team_email" varchar;
  ALTER TABLE "users" ADD COLUMN "member_city_id" integer;
  ALTER TABLE "users" ADD COLUMN "pending_email" varchar;
  ALTER TABLE "users" ADD COLUMN "email_change_token" varchar;
  ALTER TABLE "users" ADD CONSTRAINT "users_member_city_id_cities_id_fk" FOREIGN KEY ("member_city_id") REFERENCES "public"."cities"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "users_member_city_idx" ON "users" USING btree ("member_city_id");
  CREATE INDEX "users_email_change_token_idx" ON "users" USING btree ("email_change_token");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" DROP CONSTRAINT "users_member_city_id_cities_id_fk";
  
  DROP INDEX "users_member_city_idx";
  DROP INDEX "users_email_change_token_idx";
  ALTER TABLE "regions" DROP COLUMN "hub_team_email";
  ALTER TABLE "_regions_v" DROP COLUMN "version_hub_team_email";
  ALTER TABLE "users" DROP COLUMN "member_city_id";
  ALTER TABLE "users" DROP COLUMN "pending_email";
  ALTER TABLE "users" DROP COLUMN "email_change_token";`)
}
