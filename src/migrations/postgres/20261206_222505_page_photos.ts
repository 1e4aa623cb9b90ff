import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "cities" ADD COLUMN "photo_id" integer;
  ALTER TABLE "_cities_v" ADD COLUMN "version_photo_id" integer;
  ALTER TABLE "events" ADD COLUMN "photo_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_photo_id" integer;
  ALTER TABLE "regions" ADD COLUMN "photo_id" integer;
  ALTER TABLE "_regions_v" ADD COLUMN "version_photo_id" integer;
  ALTER TABLE "media" ADD COLUMN "credit" varchar;
  ALTER TABLE "cities" ADD CONSTRAINT "cities_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cities_v" ADD CONSTRAINT "_cities_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "regions" ADD CONSTRAINT "regions_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_regions_v" ADD CONSTRAINT "_regions_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "cities_photo_idx" ON "cities" USING btree ("photo_id");
  CREATE INDEX "_cities_v_version_version_photo_idx" ON "_cities_v" USING btree ("version_photo_id");
  CREATE INDEX "events_photo_idx" ON "events" USING btree ("photo_id");
  CREATE INDEX "_events_v_version_version_photo_idx" ON "_events_v" USING btree ("version_photo_id");
  CREATE INDEX "regions_photo_idx" ON "regions" USING btree ("photo_id");
  CREATE INDEX "_regions_v_version_version_photo_idx" ON "_regions_v" USING btree ("version_photo_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "cities" DROP CONSTRAINT "cities_photo_id_media_id_fk";
  
  ALTER TABLE "_cities_v" DROP CONSTRAINT "_cities_v_version_photo_id_media_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_photo_id_media_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_photo_id_media_id_fk";
  
  ALTER TABLE "regions" DROP CONSTRAINT "regions_photo_id_media_id_fk";
  
  ALTER TABLE "_regions_v" DROP CONSTRAINT "_regions_v_version_photo_id_media_id_fk";
  
  DROP INDEX "cities_photo_idx";
  DROP INDEX "_cities_v_version_version_photo_idx";
  DROP INDEX "events_photo_idx";
  DROP INDEX "_events_v_version_version_photo_idx";
  DROP INDEX "regions_photo_idx";
  DROP INDEX "_regions_v_version_version_photo_idx";
  ALTER TABLE "cities" DROP COLUMN "photo_id";
  ALTER TABLE "_cities_v" DROP COLUMN "version_photo_id";
  ALTER TABLE "events" DROP COLUMN "photo_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_photo_id";
  ALTER TABLE "regions" DROP COLUMN "photo_id";
  ALTER TABLE "_regions_v" DROP COLUMN "version_photo_id";
  ALTER TABLE "media" DROP COLUMN "credit";`)
}
