import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`cities\` ADD \`photo_id\` integer REFERENCES media(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`cities_photo_idx\` ON \`cities\` (\`photo_id\`);`)
  await db.run(sql`ALTER TABLE \`_cities_v\` ADD \`version_photo_id\` integer REFERENCES media(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_cities_v_version_version_photo_idx\` ON \`_cities_v\` (\`version_photo_id\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`photo_id\` integer REFERENCES media(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`events_photo_idx\` ON \`events\` (\`photo_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_photo_id\` integer REFERENCES media(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_photo_idx\` ON \`_events_v\` (\`version_photo_id\`);`)
  await db.run(sql`ALTER TABLE \`regions\` ADD \`photo_id\` integer REFERENCES media(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`regions_photo_idx\` ON \`regions\` (\`photo_id\`);`)
  await db.run(sql`ALTER TABLE \`_regions_v\` ADD \`version_photo_id\` integer REFERENCES media(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_regions_v_version_version_photo_idx\` ON \`_regions_v\` (\`version_photo_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`credit\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_cities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`country_id\` integer,
  	\`population\` numeric,
  	\`population_year\` numeric,
  	\`latitude\` numeric,
  	\`longitude\` numeric,
  	\`member_since\` text,
  	\`last_reviewed\` text,
  	\`is_sample\` integer DEFAULT false,
  	\`steering_committee_member\` integer DEFAULT false,
  	\`steering_committee_term_start\` text,
  	\`steering_committee_term_end\` text,
  	\`steering_committee_representative_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`steering_committee_representative_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_cities\`("id", "slug", "country_id", "population", "population_year", "latitude", "longitude", "member_since", "last_reviewed", "is_sample", "steering_committee_member", "steering_committee_term_start", "steering_committee_term_end", "steering_committee_representative_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "country_id", "population", "population_year", "latitude", "longitude", "member_since", "last_reviewed", "is_sample", "steering_committee_member", "steering_committee_term_start", "steering_committee_term_end", "steering_committee_representative_id", "updated_at", "created_at", "_status" FROM \`cities\`;`)
  await db.run(sql`DROP TABLE \`cities\`;`)
  await db.run(sql`ALTER TABLE \`__new_cities\` RENAME TO \`cities\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`cities_slug_idx\` ON \`cities\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`cities_country_idx\` ON \`cities\` (\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`cities_steering_committee_steering_committee_representat_idx\` ON \`cities\` (\`steering_committee_representative_id\`);`)
  await db.run(sql`CREATE INDEX \`cities_updated_at_idx\` ON \`cities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cities_created_at_idx\` ON \`cities\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`cities__status_idx\` ON \`cities\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__cities_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_country_id\` integer,
  	\`version_population\` numeric,
  	\`version_population_year\` numeric,
  	\`version_latitude\` numeric,
  	\`version_longitude\` numeric,
  	\`version_member_since\` text,
  	\`version_last_reviewed\` text,
  	\`version_is_sample\` integer DEFAULT false,
  	\`version_steering_committee_member\` integer DEFAULT false,
  	\`version_steering_committee_term_start\` text,
  	\`version_steering_committee_term_end\` text,
  	\`version_steering_committee_representative_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_steering_committee_representative_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__cities_v\`("id", "parent_id", "version_slug", "version_country_id", "version_population", "version_population_year", "version_latitude", "version_longitude", "version_member_since", "version_last_reviewed", "version_is_sample", "version_steering_committee_member", "version_steering_committee_term_start", "version_steering_committee_term_end", "version_steering_committee_representative_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_country_id", "version_population", "version_population_year", "version_latitude", "version_longitude", "version_member_since", "version_last_reviewed", "version_is_sample", "version_steering_committee_member", "version_steering_committee_term_start", "version_steering_committee_term_end", "version_steering_committee_representative_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_cities_v\`;`)
  await db.run(sql`DROP TABLE \`_cities_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__cities_v\` RENAME TO \`_cities_v\`;`)
  await db.run(sql`CREATE INDEX \`_cities_v_parent_idx\` ON \`_cities_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cities_v_version_version_slug_idx\` ON \`_cities_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_cities_v_version_version_country_idx\` ON \`_cities_v\` (\`version_country_id\`);`)
  await db.run(sql`CREATE INDEX \`_cities_v_version_steering_committee_version_steering_co_idx\` ON \`_cities_v\` (\`version_steering_committee_representative_id\`);`)
  await db.run(sql`CREATE INDEX \`_cities_v_version_version_updated_at_idx\` ON \`_cities_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_cities_v_version_version_created_at_idx\` ON \`_cities_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_cities_v_version_version__status_idx\` ON \`_cities_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_cities_v_created_at_idx\` ON \`_cities_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_cities_v_updated_at_idx\` ON \`_cities_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_cities_v_snapshot_idx\` ON \`_cities_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_cities_v_published_locale_idx\` ON \`_cities_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_cities_v_latest_idx\` ON \`_cities_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`type\` text,
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'UTC',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'UTC',
  	\`online\` integer DEFAULT false,
  	\`host_city_id\` integer,
  	\`join_url\` text,
  	\`registration_open\` integer DEFAULT false,
  	\`registration_capacity\` numeric,
  	\`registration_closes_at\` text,
  	\`young_cities\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`host_city_id\`) REFERENCES \`cities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events\`("id", "slug", "type", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "online", "host_city_id", "join_url", "registration_open", "registration_capacity", "registration_closes_at", "young_cities", "updated_at", "created_at", "_status") SELECT "id", "slug", "type", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "online", "host_city_id", "join_url", "registration_open", "registration_capacity", "registration_closes_at", "young_cities", "updated_at", "created_at", "_status" FROM \`events\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_host_city_idx\` ON \`events\` (\`host_city_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_type\` text,
  	\`version_starts_at\` text,
  	\`version_startsat_tz\` text DEFAULT 'UTC',
  	\`version_ends_at\` text,
  	\`version_endsat_tz\` text DEFAULT 'UTC',
  	\`version_online\` integer DEFAULT false,
  	\`version_host_city_id\` integer,
  	\`version_join_url\` text,
  	\`version_registration_open\` integer DEFAULT false,
  	\`version_registration_capacity\` numeric,
  	\`version_registration_closes_at\` text,
  	\`version_young_cities\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_host_city_id\`) REFERENCES \`cities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_slug", "version_type", "version_starts_at", "version_startsat_tz", "version_ends_at", "version_endsat_tz", "version_online", "version_host_city_id", "version_join_url", "version_registration_open", "version_registration_capacity", "version_registration_closes_at", "version_young_cities", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_type", "version_starts_at", "version_startsat_tz", "version_ends_at", "version_endsat_tz", "version_online", "version_host_city_id", "version_join_url", "version_registration_open", "version_registration_capacity", "version_registration_closes_at", "version_young_cities", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_host_city_idx\` ON \`_events_v\` (\`version_host_city_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_regions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`hub_team_email\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_regions\`("id", "slug", "hub_team_email", "updated_at", "created_at", "_status") SELECT "id", "slug", "hub_team_email", "updated_at", "created_at", "_status" FROM \`regions\`;`)
  await db.run(sql`DROP TABLE \`regions\`;`)
  await db.run(sql`ALTER TABLE \`__new_regions\` RENAME TO \`regions\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`regions_slug_idx\` ON \`regions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`regions_updated_at_idx\` ON \`regions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`regions_created_at_idx\` ON \`regions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`regions__status_idx\` ON \`regions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__regions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_hub_team_email\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__regions_v\`("id", "parent_id", "version_slug", "version_hub_team_email", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_hub_team_email", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_regions_v\`;`)
  await db.run(sql`DROP TABLE \`_regions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__regions_v\` RENAME TO \`_regions_v\`;`)
  await db.run(sql`CREATE INDEX \`_regions_v_parent_idx\` ON \`_regions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_regions_v_version_version_slug_idx\` ON \`_regions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_regions_v_version_version_updated_at_idx\` ON \`_regions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_regions_v_version_version_created_at_idx\` ON \`_regions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_regions_v_version_version__status_idx\` ON \`_regions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_regions_v_created_at_idx\` ON \`_regions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_regions_v_updated_at_idx\` ON \`_regions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_regions_v_snapshot_idx\` ON \`_regions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_regions_v_published_locale_idx\` ON \`_regions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_regions_v_latest_idx\` ON \`_regions_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`credit\`;`)
}
