import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`training_modules_blocks_video\` ADD \`file_id\` integer REFERENCES media(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_video_file_idx\` ON \`training_modules_blocks_video\` (\`file_id\`);`)
  await db.run(sql`ALTER TABLE \`_training_modules_v_blocks_video\` ADD \`file_id\` integer REFERENCES media(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_video_file_idx\` ON \`_training_modules_v_blocks_video\` (\`file_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Hand-edited: the generated down rebuilds both block tables, and Payload runs a
  // migration in a transaction, where PRAGMA foreign_keys=OFF does nothing; dropping
  // a block table then cascades to its _locales rows (every video's title and
  // transcript). They are kept aside here and put back after each rebuild.
  await db.run(sql`CREATE TEMP TABLE \`keep_video_locales\` AS SELECT "title", "transcript", "id", "_locale", "_parent_id" FROM \`training_modules_blocks_video_locales\`;`)
  await db.run(sql`CREATE TEMP TABLE \`keep_v_video_locales\` AS SELECT "title", "transcript", "id", "_locale", "_parent_id" FROM \`_training_modules_v_blocks_video_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_training_modules_blocks_video\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`duration\` numeric,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_training_modules_blocks_video\`("_order", "_parent_id", "_path", "id", "url", "duration", "block_name") SELECT "_order", "_parent_id", "_path", "id", "url", "duration", "block_name" FROM \`training_modules_blocks_video\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_video\`;`)
  await db.run(sql`ALTER TABLE \`__new_training_modules_blocks_video\` RENAME TO \`training_modules_blocks_video\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_video_order_idx\` ON \`training_modules_blocks_video\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_video_parent_id_idx\` ON \`training_modules_blocks_video\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_video_path_idx\` ON \`training_modules_blocks_video\` (\`_path\`);`)
  await db.run(sql`DELETE FROM \`training_modules_blocks_video_locales\`;`)
  await db.run(sql`INSERT INTO \`training_modules_blocks_video_locales\`("title", "transcript", "id", "_locale", "_parent_id") SELECT "title", "transcript", "id", "_locale", "_parent_id" FROM temp.\`keep_video_locales\`;`)
  await db.run(sql`DROP TABLE temp.\`keep_video_locales\`;`)
  await db.run(sql`CREATE TABLE \`__new__training_modules_v_blocks_video\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`duration\` numeric,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__training_modules_v_blocks_video\`("_order", "_parent_id", "_path", "id", "url", "duration", "_uuid", "block_name") SELECT "_order", "_parent_id", "_path", "id", "url", "duration", "_uuid", "block_name" FROM \`_training_modules_v_blocks_video\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_video\`;`)
  await db.run(sql`ALTER TABLE \`__new__training_modules_v_blocks_video\` RENAME TO \`_training_modules_v_blocks_video\`;`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_video_order_idx\` ON \`_training_modules_v_blocks_video\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_video_parent_id_idx\` ON \`_training_modules_v_blocks_video\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_video_path_idx\` ON \`_training_modules_v_blocks_video\` (\`_path\`);`)
  await db.run(sql`DELETE FROM \`_training_modules_v_blocks_video_locales\`;`)
  await db.run(sql`INSERT INTO \`_training_modules_v_blocks_video_locales\`("title", "transcript", "id", "_locale", "_parent_id") SELECT "title", "transcript", "id", "_locale", "_parent_id" FROM temp.\`keep_v_video_locales\`;`)
  await db.run(sql`DROP TABLE temp.\`keep_v_video_locales\`;`)
}
