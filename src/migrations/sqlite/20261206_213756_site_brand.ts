import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`logo_id\` integer REFERENCES media(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`primary_colour\` text DEFAULT '#0b3d5c' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accent_colour\` text DEFAULT '#ffdd00' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`favicon_id\` integer REFERENCES media(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`social_image_id\` integer REFERENCES media(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`site_settings_logo_idx\` ON \`site_settings\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_favicon_idx\` ON \`site_settings\` (\`favicon_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_social_image_idx\` ON \`site_settings\` (\`social_image_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`inbox_general\` text DEFAULT 'general@hub.example' NOT NULL,
  	\`inbox_press\` text DEFAULT 'press@hub.example' NOT NULL,
  	\`inbox_membership\` text DEFAULT 'membership@hub.example' NOT NULL,
  	\`inbox_support\` text DEFAULT 'support@hub.example' NOT NULL,
  	\`city_editors_need_approval\` integer DEFAULT false,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "inbox_general", "inbox_press", "inbox_membership", "inbox_support", "city_editors_need_approval", "updated_at", "created_at") SELECT "id", "inbox_general", "inbox_press", "inbox_membership", "inbox_support", "city_editors_need_approval", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
