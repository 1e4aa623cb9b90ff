import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "training_modules_blocks_video" ADD COLUMN "file_id" integer;
  ALTER TABLE "_training_modules_v_blocks_video" ADD COLUMN "file_id" integer;
  ALTER TABLE "training_modules_blocks_video" ADD CONSTRAINT "training_modules_blocks_video_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_video" ADD CONSTRAINT "_training_modules_v_blocks_video_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "training_modules_blocks_video_file_idx" ON "training_modules_blocks_video" USING btree ("file_id");
  CREATE INDEX "_training_modules_v_blocks_video_file_idx" ON "_training_modules_v_blocks_video" USING btree ("file_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "training_modules_blocks_video" DROP CONSTRAINT "training_modules_blocks_video_file_id_media_id_fk";
  
  ALTER TABLE "_training_modules_v_blocks_video" DROP CONSTRAINT "_training_modules_v_blocks_video_file_id_media_id_fk";
  
  DROP INDEX "training_modules_blocks_video_file_idx";
  DROP INDEX "_training_modules_v_blocks_video_file_idx";
  ALTER TABLE "training_modules_blocks_video" DROP COLUMN "file_id";
  ALTER TABLE "_training_modules_v_blocks_video" DROP COLUMN "file_id";`)
}
