import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`training_modules_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_rich_text_order_idx\` ON \`training_modules_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_rich_text_parent_id_idx\` ON \`training_modules_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_rich_text_path_idx\` ON \`training_modules_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_rich_text_locales\` (
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules_blocks_rich_text\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_modules_blocks_rich_text_locales_locale_parent_id_u\` ON \`training_modules_blocks_rich_text_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_image\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_image_order_idx\` ON \`training_modules_blocks_image\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_image_parent_id_idx\` ON \`training_modules_blocks_image\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_image_path_idx\` ON \`training_modules_blocks_image\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_image_image_idx\` ON \`training_modules_blocks_image\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_image_locales\` (
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules_blocks_image\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_modules_blocks_image_locales_locale_parent_id_uniqu\` ON \`training_modules_blocks_image_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_video\` (
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
  await db.run(sql`CREATE INDEX \`training_modules_blocks_video_order_idx\` ON \`training_modules_blocks_video\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_video_parent_id_idx\` ON \`training_modules_blocks_video\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_video_path_idx\` ON \`training_modules_blocks_video\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_video_locales\` (
  	\`title\` text,
  	\`transcript\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules_blocks_video\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_modules_blocks_video_locales_locale_parent_id_uniqu\` ON \`training_modules_blocks_video_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_resource\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`resource_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`resource_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_resource_order_idx\` ON \`training_modules_blocks_resource\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_resource_parent_id_idx\` ON \`training_modules_blocks_resource\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_resource_path_idx\` ON \`training_modules_blocks_resource\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_resource_resource_idx\` ON \`training_modules_blocks_resource\` (\`resource_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_resource_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules_blocks_resource\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_modules_blocks_resource_locales_locale_parent_id_un\` ON \`training_modules_blocks_resource_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_case_study\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`city_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`city_id\`) REFERENCES \`cities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_case_study_order_idx\` ON \`training_modules_blocks_case_study\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_case_study_parent_id_idx\` ON \`training_modules_blocks_case_study\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_case_study_path_idx\` ON \`training_modules_blocks_case_study\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_case_study_city_idx\` ON \`training_modules_blocks_case_study\` (\`city_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_case_study_locales\` (
  	\`heading\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules_blocks_case_study\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_modules_blocks_case_study_locales_locale_parent_id_\` ON \`training_modules_blocks_case_study_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_single_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`correct\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules_blocks_single\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_single_options_order_idx\` ON \`training_modules_blocks_single_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_single_options_parent_id_idx\` ON \`training_modules_blocks_single_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_single_options_locales\` (
  	\`text\` text,
  	\`feedback\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules_blocks_single_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_modules_blocks_single_options_locales_locale_parent\` ON \`training_modules_blocks_single_options_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_single\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_single_order_idx\` ON \`training_modules_blocks_single\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_single_parent_id_idx\` ON \`training_modules_blocks_single\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_single_path_idx\` ON \`training_modules_blocks_single\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_single_locales\` (
  	\`prompt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules_blocks_single\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_modules_blocks_single_locales_locale_parent_id_uniq\` ON \`training_modules_blocks_single_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_multiple_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`correct\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules_blocks_multiple\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_multiple_options_order_idx\` ON \`training_modules_blocks_multiple_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_multiple_options_parent_id_idx\` ON \`training_modules_blocks_multiple_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_multiple_options_locales\` (
  	\`text\` text,
  	\`feedback\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules_blocks_multiple_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_modules_blocks_multiple_options_locales_locale_pare\` ON \`training_modules_blocks_multiple_options_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_multiple\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_multiple_order_idx\` ON \`training_modules_blocks_multiple\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_multiple_parent_id_idx\` ON \`training_modules_blocks_multiple\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_multiple_path_idx\` ON \`training_modules_blocks_multiple\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_multiple_locales\` (
  	\`prompt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules_blocks_multiple\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_modules_blocks_multiple_locales_locale_parent_id_un\` ON \`training_modules_blocks_multiple_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_true_false\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`is_true\` integer DEFAULT false,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_true_false_order_idx\` ON \`training_modules_blocks_true_false\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_true_false_parent_id_idx\` ON \`training_modules_blocks_true_false\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_true_false_path_idx\` ON \`training_modules_blocks_true_false\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_true_false_locales\` (
  	\`prompt\` text,
  	\`feedback_true\` text,
  	\`feedback_false\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules_blocks_true_false\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_modules_blocks_true_false_locales_locale_parent_id_\` ON \`training_modules_blocks_true_false_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_matching_pairs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules_blocks_matching\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_matching_pairs_order_idx\` ON \`training_modules_blocks_matching_pairs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_matching_pairs_parent_id_idx\` ON \`training_modules_blocks_matching_pairs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_matching_pairs_locales\` (
  	\`left\` text,
  	\`right\` text,
  	\`feedback\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules_blocks_matching_pairs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_modules_blocks_matching_pairs_locales_locale_parent\` ON \`training_modules_blocks_matching_pairs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_matching\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_matching_order_idx\` ON \`training_modules_blocks_matching\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_matching_parent_id_idx\` ON \`training_modules_blocks_matching\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_matching_path_idx\` ON \`training_modules_blocks_matching\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_matching_locales\` (
  	\`prompt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules_blocks_matching\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_modules_blocks_matching_locales_locale_parent_id_un\` ON \`training_modules_blocks_matching_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_ordering_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules_blocks_ordering\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_ordering_items_order_idx\` ON \`training_modules_blocks_ordering_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_ordering_items_parent_id_idx\` ON \`training_modules_blocks_ordering_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_ordering_items_locales\` (
  	\`text\` text,
  	\`feedback\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules_blocks_ordering_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_modules_blocks_ordering_items_locales_locale_parent\` ON \`training_modules_blocks_ordering_items_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_ordering\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_ordering_order_idx\` ON \`training_modules_blocks_ordering\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_ordering_parent_id_idx\` ON \`training_modules_blocks_ordering\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_ordering_path_idx\` ON \`training_modules_blocks_ordering\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_ordering_locales\` (
  	\`prompt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules_blocks_ordering\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_modules_blocks_ordering_locales_locale_parent_id_un\` ON \`training_modules_blocks_ordering_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_reflection\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_reflection_order_idx\` ON \`training_modules_blocks_reflection\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_reflection_parent_id_idx\` ON \`training_modules_blocks_reflection\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_blocks_reflection_path_idx\` ON \`training_modules_blocks_reflection\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_blocks_reflection_locales\` (
  	\`prompt\` text,
  	\`guidance\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules_blocks_reflection\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_modules_blocks_reflection_locales_locale_parent_id_\` ON \`training_modules_blocks_reflection_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_lessons\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_modules_lessons_order_idx\` ON \`training_modules_lessons\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_lessons_parent_id_idx\` ON \`training_modules_lessons\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_lessons_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules_lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_modules_lessons_locales_locale_parent_id_unique\` ON \`training_modules_lessons_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`level\` text DEFAULT 'introductory',
  	\`minutes\` numeric,
  	\`audience\` text DEFAULT 'public',
  	\`quiz_pass_mark\` numeric DEFAULT 70,
  	\`quiz_max_attempts\` numeric DEFAULT 3,
  	\`quiz_drawn\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_modules_slug_idx\` ON \`training_modules\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_updated_at_idx\` ON \`training_modules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_created_at_idx\` ON \`training_modules\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`training_modules__status_idx\` ON \`training_modules\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_modules_locales_locale_parent_id_unique\` ON \`training_modules_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_modules_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`training_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_modules_rels_order_idx\` ON \`training_modules_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_rels_parent_idx\` ON \`training_modules_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_rels_path_idx\` ON \`training_modules_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`training_modules_rels_themes_id_idx\` ON \`training_modules_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_rich_text_order_idx\` ON \`_training_modules_v_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_rich_text_parent_id_idx\` ON \`_training_modules_v_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_rich_text_path_idx\` ON \`_training_modules_v_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_rich_text_locales\` (
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v_blocks_rich_text\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_modules_v_blocks_rich_text_locales_locale_parent_i\` ON \`_training_modules_v_blocks_rich_text_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_image\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_image_order_idx\` ON \`_training_modules_v_blocks_image\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_image_parent_id_idx\` ON \`_training_modules_v_blocks_image\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_image_path_idx\` ON \`_training_modules_v_blocks_image\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_image_image_idx\` ON \`_training_modules_v_blocks_image\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_image_locales\` (
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v_blocks_image\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_modules_v_blocks_image_locales_locale_parent_id_un\` ON \`_training_modules_v_blocks_image_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_video\` (
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
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_video_order_idx\` ON \`_training_modules_v_blocks_video\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_video_parent_id_idx\` ON \`_training_modules_v_blocks_video\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_video_path_idx\` ON \`_training_modules_v_blocks_video\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_video_locales\` (
  	\`title\` text,
  	\`transcript\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v_blocks_video\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_modules_v_blocks_video_locales_locale_parent_id_un\` ON \`_training_modules_v_blocks_video_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_resource\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`resource_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`resource_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_resource_order_idx\` ON \`_training_modules_v_blocks_resource\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_resource_parent_id_idx\` ON \`_training_modules_v_blocks_resource\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_resource_path_idx\` ON \`_training_modules_v_blocks_resource\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_resource_resource_idx\` ON \`_training_modules_v_blocks_resource\` (\`resource_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_resource_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v_blocks_resource\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_modules_v_blocks_resource_locales_locale_parent_id\` ON \`_training_modules_v_blocks_resource_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_case_study\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`city_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`city_id\`) REFERENCES \`cities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_case_study_order_idx\` ON \`_training_modules_v_blocks_case_study\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_case_study_parent_id_idx\` ON \`_training_modules_v_blocks_case_study\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_case_study_path_idx\` ON \`_training_modules_v_blocks_case_study\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_case_study_city_idx\` ON \`_training_modules_v_blocks_case_study\` (\`city_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_case_study_locales\` (
  	\`heading\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v_blocks_case_study\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_modules_v_blocks_case_study_locales_locale_parent_\` ON \`_training_modules_v_blocks_case_study_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_single_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`correct\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v_blocks_single\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_single_options_order_idx\` ON \`_training_modules_v_blocks_single_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_single_options_parent_id_idx\` ON \`_training_modules_v_blocks_single_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_single_options_locales\` (
  	\`text\` text,
  	\`feedback\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v_blocks_single_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_modules_v_blocks_single_options_locales_locale_par\` ON \`_training_modules_v_blocks_single_options_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_single\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_single_order_idx\` ON \`_training_modules_v_blocks_single\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_single_parent_id_idx\` ON \`_training_modules_v_blocks_single\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_single_path_idx\` ON \`_training_modules_v_blocks_single\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_single_locales\` (
  	\`prompt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v_blocks_single\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_modules_v_blocks_single_locales_locale_parent_id_u\` ON \`_training_modules_v_blocks_single_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_multiple_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`correct\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v_blocks_multiple\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_multiple_options_order_idx\` ON \`_training_modules_v_blocks_multiple_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_multiple_options_parent_id_idx\` ON \`_training_modules_v_blocks_multiple_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_multiple_options_locales\` (
  	\`text\` text,
  	\`feedback\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v_blocks_multiple_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_modules_v_blocks_multiple_options_locales_locale_p\` ON \`_training_modules_v_blocks_multiple_options_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_multiple\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_multiple_order_idx\` ON \`_training_modules_v_blocks_multiple\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_multiple_parent_id_idx\` ON \`_training_modules_v_blocks_multiple\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_multiple_path_idx\` ON \`_training_modules_v_blocks_multiple\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_multiple_locales\` (
  	\`prompt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v_blocks_multiple\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_modules_v_blocks_multiple_locales_locale_parent_id\` ON \`_training_modules_v_blocks_multiple_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_true_false\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`is_true\` integer DEFAULT false,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_true_false_order_idx\` ON \`_training_modules_v_blocks_true_false\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_true_false_parent_id_idx\` ON \`_training_modules_v_blocks_true_false\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_true_false_path_idx\` ON \`_training_modules_v_blocks_true_false\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_true_false_locales\` (
  	\`prompt\` text,
  	\`feedback_true\` text,
  	\`feedback_false\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v_blocks_true_false\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_modules_v_blocks_true_false_locales_locale_parent_\` ON \`_training_modules_v_blocks_true_false_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_matching_pairs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v_blocks_matching\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_matching_pairs_order_idx\` ON \`_training_modules_v_blocks_matching_pairs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_matching_pairs_parent_id_idx\` ON \`_training_modules_v_blocks_matching_pairs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_matching_pairs_locales\` (
  	\`left\` text,
  	\`right\` text,
  	\`feedback\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v_blocks_matching_pairs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_modules_v_blocks_matching_pairs_locales_locale_par\` ON \`_training_modules_v_blocks_matching_pairs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_matching\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_matching_order_idx\` ON \`_training_modules_v_blocks_matching\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_matching_parent_id_idx\` ON \`_training_modules_v_blocks_matching\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_matching_path_idx\` ON \`_training_modules_v_blocks_matching\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_matching_locales\` (
  	\`prompt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v_blocks_matching\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_modules_v_blocks_matching_locales_locale_parent_id\` ON \`_training_modules_v_blocks_matching_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_ordering_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v_blocks_ordering\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_ordering_items_order_idx\` ON \`_training_modules_v_blocks_ordering_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_ordering_items_parent_id_idx\` ON \`_training_modules_v_blocks_ordering_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_ordering_items_locales\` (
  	\`text\` text,
  	\`feedback\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v_blocks_ordering_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_modules_v_blocks_ordering_items_locales_locale_par\` ON \`_training_modules_v_blocks_ordering_items_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_ordering\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_ordering_order_idx\` ON \`_training_modules_v_blocks_ordering\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_ordering_parent_id_idx\` ON \`_training_modules_v_blocks_ordering\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_ordering_path_idx\` ON \`_training_modules_v_blocks_ordering\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_ordering_locales\` (
  	\`prompt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v_blocks_ordering\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_modules_v_blocks_ordering_locales_locale_parent_id\` ON \`_training_modules_v_blocks_ordering_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_reflection\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_reflection_order_idx\` ON \`_training_modules_v_blocks_reflection\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_reflection_parent_id_idx\` ON \`_training_modules_v_blocks_reflection\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_blocks_reflection_path_idx\` ON \`_training_modules_v_blocks_reflection\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_blocks_reflection_locales\` (
  	\`prompt\` text,
  	\`guidance\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v_blocks_reflection\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_modules_v_blocks_reflection_locales_locale_parent_\` ON \`_training_modules_v_blocks_reflection_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_version_lessons\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_modules_v_version_lessons_order_idx\` ON \`_training_modules_v_version_lessons\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_version_lessons_parent_id_idx\` ON \`_training_modules_v_version_lessons\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_version_lessons_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v_version_lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_modules_v_version_lessons_locales_locale_parent_id\` ON \`_training_modules_v_version_lessons_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_level\` text DEFAULT 'introductory',
  	\`version_minutes\` numeric,
  	\`version_audience\` text DEFAULT 'public',
  	\`version_quiz_pass_mark\` numeric DEFAULT 70,
  	\`version_quiz_max_attempts\` numeric DEFAULT 3,
  	\`version_quiz_drawn\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`training_modules\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_modules_v_parent_idx\` ON \`_training_modules_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_version_version_slug_idx\` ON \`_training_modules_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_version_version_updated_at_idx\` ON \`_training_modules_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_version_version_created_at_idx\` ON \`_training_modules_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_version_version__status_idx\` ON \`_training_modules_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_created_at_idx\` ON \`_training_modules_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_updated_at_idx\` ON \`_training_modules_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_snapshot_idx\` ON \`_training_modules_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_published_locale_idx\` ON \`_training_modules_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_latest_idx\` ON \`_training_modules_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_modules_v_locales_locale_parent_id_unique\` ON \`_training_modules_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_modules_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_training_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_modules_v_rels_order_idx\` ON \`_training_modules_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_rels_parent_idx\` ON \`_training_modules_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_rels_path_idx\` ON \`_training_modules_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_training_modules_v_rels_themes_id_idx\` ON \`_training_modules_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`enrolments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`module_id\` integer NOT NULL,
  	\`member_id\` integer,
  	\`visitor\` text,
  	\`status\` text DEFAULT 'inProgress' NOT NULL,
  	\`lessons_done\` text,
  	\`last_lesson\` text,
  	\`score\` numeric,
  	\`completed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`module_id\`) REFERENCES \`training_modules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`enrolments_module_idx\` ON \`enrolments\` (\`module_id\`);`)
  await db.run(sql`CREATE INDEX \`enrolments_member_idx\` ON \`enrolments\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`enrolments_visitor_idx\` ON \`enrolments\` (\`visitor\`);`)
  await db.run(sql`CREATE INDEX \`enrolments_updated_at_idx\` ON \`enrolments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`enrolments_created_at_idx\` ON \`enrolments\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`module_member_idx\` ON \`enrolments\` (\`module_id\`,\`member_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`module_visitor_idx\` ON \`enrolments\` (\`module_id\`,\`visitor\`);`)
  await db.run(sql`CREATE TABLE \`learner_answers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`enrolment_id\` integer NOT NULL,
  	\`module_id\` integer NOT NULL,
  	\`member_id\` integer,
  	\`attempt_id\` integer,
  	\`lesson\` text,
  	\`question\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`prompt\` text,
  	\`response\` text,
  	\`text\` text,
  	\`score\` numeric,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`enrolment_id\`) REFERENCES \`enrolments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`module_id\`) REFERENCES \`training_modules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`attempt_id\`) REFERENCES \`quiz_attempts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`learner_answers_enrolment_idx\` ON \`learner_answers\` (\`enrolment_id\`);`)
  await db.run(sql`CREATE INDEX \`learner_answers_module_idx\` ON \`learner_answers\` (\`module_id\`);`)
  await db.run(sql`CREATE INDEX \`learner_answers_member_idx\` ON \`learner_answers\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`learner_answers_attempt_idx\` ON \`learner_answers\` (\`attempt_id\`);`)
  await db.run(sql`CREATE INDEX \`learner_answers_question_idx\` ON \`learner_answers\` (\`question\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`learner_answers_key_idx\` ON \`learner_answers\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`learner_answers_updated_at_idx\` ON \`learner_answers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`learner_answers_created_at_idx\` ON \`learner_answers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`quiz_attempts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`enrolment_id\` integer NOT NULL,
  	\`module_id\` integer NOT NULL,
  	\`member_id\` integer,
  	\`number\` numeric NOT NULL,
  	\`key\` text NOT NULL,
  	\`questions\` text,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`score\` numeric,
  	\`passed\` integer,
  	\`submitted_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`enrolment_id\`) REFERENCES \`enrolments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`module_id\`) REFERENCES \`training_modules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`quiz_attempts_enrolment_idx\` ON \`quiz_attempts\` (\`enrolment_id\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_module_idx\` ON \`quiz_attempts\` (\`module_id\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_member_idx\` ON \`quiz_attempts\` (\`member_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`quiz_attempts_key_idx\` ON \`quiz_attempts\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_updated_at_idx\` ON \`quiz_attempts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quiz_attempts_created_at_idx\` ON \`quiz_attempts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`certificates\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`enrolment_id\` integer NOT NULL,
  	\`module_id\` integer NOT NULL,
  	\`member_id\` integer,
  	\`learner_name\` text NOT NULL,
  	\`module_title\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`score\` numeric,
  	\`issued_at\` text NOT NULL,
  	\`revoked\` integer DEFAULT false,
  	\`revoked_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`enrolment_id\`) REFERENCES \`enrolments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`module_id\`) REFERENCES \`training_modules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`certificates_code_idx\` ON \`certificates\` (\`code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`certificates_enrolment_idx\` ON \`certificates\` (\`enrolment_id\`);`)
  await db.run(sql`CREATE INDEX \`certificates_module_idx\` ON \`certificates\` (\`module_id\`);`)
  await db.run(sql`CREATE INDEX \`certificates_member_idx\` ON \`certificates\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`certificates_updated_at_idx\` ON \`certificates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`certificates_created_at_idx\` ON \`certificates\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`training_modules_id\` integer REFERENCES training_modules(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`enrolments_id\` integer REFERENCES enrolments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`learner_answers_id\` integer REFERENCES learner_answers(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`quiz_attempts_id\` integer REFERENCES quiz_attempts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`certificates_id\` integer REFERENCES certificates(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_training_modules_id_idx\` ON \`payload_locked_documents_rels\` (\`training_modules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_enrolments_id_idx\` ON \`payload_locked_documents_rels\` (\`enrolments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_learner_answers_id_idx\` ON \`payload_locked_documents_rels\` (\`learner_answers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quiz_attempts_id_idx\` ON \`payload_locked_documents_rels\` (\`quiz_attempts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_certificates_id_idx\` ON \`payload_locked_documents_rels\` (\`certificates_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`training_modules_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_rich_text_locales\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_image\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_image_locales\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_video\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_video_locales\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_resource\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_resource_locales\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_case_study\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_case_study_locales\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_single_options\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_single_options_locales\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_single\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_single_locales\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_multiple_options\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_multiple_options_locales\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_multiple\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_multiple_locales\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_true_false\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_true_false_locales\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_matching_pairs\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_matching_pairs_locales\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_matching\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_matching_locales\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_ordering_items\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_ordering_items_locales\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_ordering\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_ordering_locales\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_reflection\`;`)
  await db.run(sql`DROP TABLE \`training_modules_blocks_reflection_locales\`;`)
  await db.run(sql`DROP TABLE \`training_modules_lessons\`;`)
  await db.run(sql`DROP TABLE \`training_modules_lessons_locales\`;`)
  await db.run(sql`DROP TABLE \`training_modules\`;`)
  await db.run(sql`DROP TABLE \`training_modules_locales\`;`)
  await db.run(sql`DROP TABLE \`training_modules_rels\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_rich_text_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_image\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_image_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_video\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_video_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_resource\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_resource_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_case_study\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_case_study_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_single_options\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_single_options_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_single\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_single_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_multiple_options\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_multiple_options_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_multiple\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_multiple_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_true_false\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_true_false_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_matching_pairs\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_matching_pairs_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_matching\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_matching_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_ordering_items\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_ordering_items_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_ordering\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_ordering_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_reflection\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_blocks_reflection_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_version_lessons\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_version_lessons_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_modules_v_rels\`;`)
  await db.run(sql`DROP TABLE \`enrolments\`;`)
  await db.run(sql`DROP TABLE \`learner_answers\`;`)
  await db.run(sql`DROP TABLE \`quiz_attempts\`;`)
  await db.run(sql`DROP TABLE \`certificates\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`cities_id\` integer,
  	\`resources_id\` integer,
  	\`news_articles_id\` integer,
  	\`events_id\` integer,
  	\`event_registrations_id\` integer,
  	\`pages_id\` integer,
  	\`youth_projects_id\` integer,
  	\`countries_id\` integer,
  	\`regions_id\` integer,
  	\`people_id\` integer,
  	\`working_groups_id\` integer,
  	\`themes_id\` integer,
  	\`sectors_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`membership_applications_id\` integer,
  	\`contact_messages_id\` integer,
  	\`subscribers_id\` integer,
  	\`newsletter_issues_id\` integer,
  	\`newsletter_deliveries_id\` integer,
  	\`outgoing_mail_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cities_id\`) REFERENCES \`cities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_articles_id\`) REFERENCES \`news_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`event_registrations_id\`) REFERENCES \`event_registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`youth_projects_id\`) REFERENCES \`youth_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`working_groups_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sectors_id\`) REFERENCES \`sectors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`membership_applications_id\`) REFERENCES \`membership_applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_messages_id\`) REFERENCES \`contact_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_issues_id\`) REFERENCES \`newsletter_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_deliveries_id\`) REFERENCES \`newsletter_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outgoing_mail_id\`) REFERENCES \`outgoing_mail\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "cities_id", "resources_id", "news_articles_id", "events_id", "event_registrations_id", "pages_id", "youth_projects_id", "countries_id", "regions_id", "people_id", "working_groups_id", "themes_id", "sectors_id", "media_id", "documents_id", "membership_applications_id", "contact_messages_id", "subscribers_id", "newsletter_issues_id", "newsletter_deliveries_id", "outgoing_mail_id", "users_id") SELECT "id", "order", "parent_id", "path", "cities_id", "resources_id", "news_articles_id", "events_id", "event_registrations_id", "pages_id", "youth_projects_id", "countries_id", "regions_id", "people_id", "working_groups_id", "themes_id", "sectors_id", "media_id", "documents_id", "membership_applications_id", "contact_messages_id", "subscribers_id", "newsletter_issues_id", "newsletter_deliveries_id", "outgoing_mail_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cities_id_idx\` ON \`payload_locked_documents_rels\` (\`cities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resources_id_idx\` ON \`payload_locked_documents_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`news_articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_event_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`event_registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_youth_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`youth_projects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_countries_id_idx\` ON \`payload_locked_documents_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_working_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`working_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sectors_id_idx\` ON \`payload_locked_documents_rels\` (\`sectors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_membership_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`membership_applications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_issues_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_issues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outgoing_mail_id_idx\` ON \`payload_locked_documents_rels\` (\`outgoing_mail_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
