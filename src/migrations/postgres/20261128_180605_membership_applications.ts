import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_membership_applications_status" AS ENUM('received', 'under-review', 'approved', 'declined');
  CREATE TABLE "membership_applications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_membership_applications_status" DEFAULT 'received' NOT NULL,
  	"notes" varchar,
  	"city_id" integer,
  	"city_name" varchar NOT NULL,
  	"country_id" integer NOT NULL,
  	"population" numeric,
  	"applicant_name" varchar NOT NULL,
  	"applicant_role" varchar NOT NULL,
  	"applicant_email" varchar NOT NULL,
  	"applicant_phone" varchar,
  	"leader_name" varchar NOT NULL,
  	"leader_role" varchar NOT NULL,
  	"focal_point_name" varchar NOT NULL,
  	"focal_point_email" varchar NOT NULL,
  	"motivation" varchar NOT NULL,
  	"prevention_work" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "membership_applications_id" integer;
  ALTER TABLE "membership_applications" ADD CONSTRAINT "membership_applications_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "membership_applications" ADD CONSTRAINT "membership_applications_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "membership_applications_city_idx" ON "membership_applications" USING btree ("city_id");
  CREATE INDEX "membership_applications_country_idx" ON "membership_applications" USING btree ("country_id");
  CREATE INDEX "membership_applications_updated_at_idx" ON "membership_applications" USING btree ("updated_at");
  CREATE INDEX "membership_applications_created_at_idx" ON "membership_applications" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_membership_applications_fk" FOREIGN KEY ("membership_applications_id") REFERENCES "public"."membership_applications"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_membership_applications_id_idx" ON "payload_locked_documents_rels" USING btree ("membership_applications_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "membership_applications" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "membership_applications" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_membership_applications_fk";
  
  DROP INDEX "payload_locked_documents_rels_membership_applications_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "membership_applications_id";
  DROP TYPE "public"."enum_membership_applications_status";`)
}
