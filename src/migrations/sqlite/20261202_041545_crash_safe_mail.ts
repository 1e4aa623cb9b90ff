import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { redactStoredMail } from '../../services/mail/redact-stored-mail'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Mail is no longer a job: the stored mail is the queue, and picks up what these jobs would have sent.
  await db.run(sql`DELETE FROM \`payload_jobs_log\` WHERE \`_parent_id\` IN (SELECT \`id\` FROM \`payload_jobs\` WHERE \`task_slug\` = 'deliverMail');`)
  await db.run(sql`DELETE FROM \`payload_jobs\` WHERE \`task_slug\` = 'deliverMail';`)
  await db.run(sql`ALTER TABLE \`contact_messages\` ADD \`mail_pending\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`contact_messages_mail_pending_idx\` ON \`contact_messages\` (\`mail_pending\`);`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`confirmation_sent_at\` text;`)
  await db.run(sql`ALTER TABLE \`newsletter_deliveries\` ADD \`message_id\` text;`)
  await db.run(sql`ALTER TABLE \`outgoing_mail\` ADD \`secrets\` text;`)
  await db.run(sql`ALTER TABLE \`outgoing_mail\` ADD \`key\` text;`)
  await db.run(sql`ALTER TABLE \`outgoing_mail\` ADD \`attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`outgoing_mail\` ADD \`next_attempt_at\` text;`)
  await db.run(sql`ALTER TABLE \`outgoing_mail\` ADD \`lease_until\` text;`)
  await db.run(sql`CREATE INDEX \`outgoing_mail_status_idx\` ON \`outgoing_mail\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`outgoing_mail_key_idx\` ON \`outgoing_mail\` (\`key\`);`)
  await db.run(sql`UPDATE \`outgoing_mail\` SET \`next_attempt_at\` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE \`status\` = 'retrying';`)
  await redactStoredMail(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`contact_messages_mail_pending_idx\`;`)
  await db.run(sql`ALTER TABLE \`contact_messages\` DROP COLUMN \`mail_pending\`;`)
  await db.run(sql`DROP INDEX \`outgoing_mail_status_idx\`;`)
  await db.run(sql`DROP INDEX \`outgoing_mail_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`outgoing_mail\` DROP COLUMN \`secrets\`;`)
  await db.run(sql`ALTER TABLE \`outgoing_mail\` DROP COLUMN \`key\`;`)
  await db.run(sql`ALTER TABLE \`outgoing_mail\` DROP COLUMN \`attempts\`;`)
  await db.run(sql`ALTER TABLE \`outgoing_mail\` DROP COLUMN \`next_attempt_at\`;`)
  await db.run(sql`ALTER TABLE \`outgoing_mail\` DROP COLUMN \`lease_until\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`confirmation_sent_at\`;`)
  await db.run(sql`ALTER TABLE \`newsletter_deliveries\` DROP COLUMN \`message_id\`;`)
}
