import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { redactStoredMail } from '../../services/mail/redact-stored-mail'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Mail is no longer a job: the stored mail is the queue, and picks up what these jobs would have sent.
  await db.execute(sql`
  DELETE FROM "payload_jobs" WHERE "task_slug" = 'deliverMail';
  ALTER TYPE "public"."enum_outgoing_mail_status" ADD VALUE 'sending' BEFORE 'retrying';
  ALTER TYPE "public"."enum_outgoing_mail_status" ADD VALUE 'failed';
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'processApplication', 'sendNewsletterIssue', 'sendNewsletterTest');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'processApplication', 'sendNewsletterIssue', 'sendNewsletterTest');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "contact_messages" ADD COLUMN "mail_pending" boolean DEFAULT false;
  ALTER TABLE "subscribers" ADD COLUMN "confirmation_sent_at" timestamp(3) with time zone;
  ALTER TABLE "newsletter_deliveries" ADD COLUMN "message_id" varchar;
  ALTER TABLE "outgoing_mail" ADD COLUMN "secrets" varchar;
  ALTER TABLE "outgoing_mail" ADD COLUMN "key" varchar;
  ALTER TABLE "outgoing_mail" ADD COLUMN "attempts" numeric DEFAULT 0;
  ALTER TABLE "outgoing_mail" ADD COLUMN "next_attempt_at" timestamp(3) with time zone;
  ALTER TABLE "outgoing_mail" ADD COLUMN "lease_until" timestamp(3) with time zone;
  CREATE INDEX "contact_messages_mail_pending_idx" ON "contact_messages" USING btree ("mail_pending");
  CREATE INDEX "outgoing_mail_status_idx" ON "outgoing_mail" USING btree ("status");
  CREATE UNIQUE INDEX "outgoing_mail_key_idx" ON "outgoing_mail" USING btree ("key");
  UPDATE "outgoing_mail" SET "next_attempt_at" = now() WHERE "status" = 'retrying';`)
  await redactStoredMail(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deliverMail' BEFORE 'processApplication';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deliverMail' BEFORE 'processApplication';
  ALTER TABLE "outgoing_mail" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "outgoing_mail" ALTER COLUMN "status" SET DEFAULT 'queued'::text;
  DROP TYPE "public"."enum_outgoing_mail_status";
  CREATE TYPE "public"."enum_outgoing_mail_status" AS ENUM('queued', 'retrying', 'sent');
  ALTER TABLE "outgoing_mail" ALTER COLUMN "status" SET DEFAULT 'queued'::"public"."enum_outgoing_mail_status";
  ALTER TABLE "outgoing_mail" ALTER COLUMN "status" SET DATA TYPE "public"."enum_outgoing_mail_status" USING "status"::"public"."enum_outgoing_mail_status";
  DROP INDEX "contact_messages_mail_pending_idx";
  DROP INDEX "outgoing_mail_status_idx";
  DROP INDEX "outgoing_mail_key_idx";
  ALTER TABLE "contact_messages" DROP COLUMN "mail_pending";
  ALTER TABLE "subscribers" DROP COLUMN "confirmation_sent_at";
  ALTER TABLE "newsletter_deliveries" DROP COLUMN "message_id";
  ALTER TABLE "outgoing_mail" DROP COLUMN "secrets";
  ALTER TABLE "outgoing_mail" DROP COLUMN "key";
  ALTER TABLE "outgoing_mail" DROP COLUMN "attempts";
  ALTER TABLE "outgoing_mail" DROP COLUMN "next_attempt_at";
  ALTER TABLE "outgoing_mail" DROP COLUMN "lease_until";`)
}
