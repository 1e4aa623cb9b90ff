import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_training_modules_level" AS ENUM('introductory', 'intermediate', 'advanced');
  CREATE TYPE "public"."enum_training_modules_audience" AS ENUM('public', 'members');
  CREATE TYPE "public"."enum_training_modules_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__training_modules_v_version_level" AS ENUM('introductory', 'intermediate', 'advanced');
  CREATE TYPE "public"."enum__training_modules_v_version_audience" AS ENUM('public', 'members');
  CREATE TYPE "public"."enum__training_modules_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__training_modules_v_published_locale" AS ENUM('en', 'fr', 'ar');
  CREATE TYPE "public"."enum_enrolments_status" AS ENUM('inProgress', 'completed');
  CREATE TYPE "public"."enum_learner_answers_kind" AS ENUM('single', 'multiple', 'trueFalse', 'matching', 'ordering', 'reflection');
  CREATE TYPE "public"."enum_quiz_attempts_status" AS ENUM('open', 'submitted');
  CREATE TYPE "public"."enum_certificates_locale" AS ENUM('en', 'fr', 'ar');
  CREATE TABLE "training_modules_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "training_modules_blocks_rich_text_locales" (
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "training_modules_blocks_image" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "training_modules_blocks_image_locales" (
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "training_modules_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"duration" numeric,
  	"block_name" varchar
  );
  
  CREATE TABLE "training_modules_blocks_video_locales" (
  	"title" varchar,
  	"transcript" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "training_modules_blocks_resource" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"resource_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "training_modules_blocks_resource_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "training_modules_blocks_case_study" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"city_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "training_modules_blocks_case_study_locales" (
  	"heading" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "training_modules_blocks_single_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"correct" boolean DEFAULT false
  );
  
  CREATE TABLE "training_modules_blocks_single_options_locales" (
  	"text" varchar,
  	"feedback" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "training_modules_blocks_single" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "training_modules_blocks_single_locales" (
  	"prompt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "training_modules_blocks_multiple_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"correct" boolean DEFAULT false
  );
  
  CREATE TABLE "training_modules_blocks_multiple_options_locales" (
  	"text" varchar,
  	"feedback" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "training_modules_blocks_multiple" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "training_modules_blocks_multiple_locales" (
  	"prompt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "training_modules_blocks_true_false" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"is_true" boolean DEFAULT false,
  	"block_name" varchar
  );
  
  CREATE TABLE "training_modules_blocks_true_false_locales" (
  	"prompt" varchar,
  	"feedback_true" varchar,
  	"feedback_false" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "training_modules_blocks_matching_pairs" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "training_modules_blocks_matching_pairs_locales" (
  	"left" varchar,
  	"right" varchar,
  	"feedback" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "training_modules_blocks_matching" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "training_modules_blocks_matching_locales" (
  	"prompt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "training_modules_blocks_ordering_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "training_modules_blocks_ordering_items_locales" (
  	"text" varchar,
  	"feedback" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "training_modules_blocks_ordering" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "training_modules_blocks_ordering_locales" (
  	"prompt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "training_modules_blocks_reflection" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "training_modules_blocks_reflection_locales" (
  	"prompt" varchar,
  	"guidance" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "training_modules_lessons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "training_modules_lessons_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "training_modules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"level" "enum_training_modules_level" DEFAULT 'introductory',
  	"minutes" numeric,
  	"audience" "enum_training_modules_audience" DEFAULT 'public',
  	"quiz_pass_mark" numeric DEFAULT 70,
  	"quiz_max_attempts" numeric DEFAULT 3,
  	"quiz_drawn" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_training_modules_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "training_modules_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "training_modules_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "_training_modules_v_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_training_modules_v_blocks_rich_text_locales" (
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_training_modules_v_blocks_image" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_training_modules_v_blocks_image_locales" (
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_training_modules_v_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"duration" numeric,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_training_modules_v_blocks_video_locales" (
  	"title" varchar,
  	"transcript" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_training_modules_v_blocks_resource" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"resource_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_training_modules_v_blocks_resource_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_training_modules_v_blocks_case_study" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"city_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_training_modules_v_blocks_case_study_locales" (
  	"heading" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_training_modules_v_blocks_single_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"correct" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_training_modules_v_blocks_single_options_locales" (
  	"text" varchar,
  	"feedback" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_training_modules_v_blocks_single" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_training_modules_v_blocks_single_locales" (
  	"prompt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_training_modules_v_blocks_multiple_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"correct" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_training_modules_v_blocks_multiple_options_locales" (
  	"text" varchar,
  	"feedback" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_training_modules_v_blocks_multiple" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_training_modules_v_blocks_multiple_locales" (
  	"prompt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_training_modules_v_blocks_true_false" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"is_true" boolean DEFAULT false,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_training_modules_v_blocks_true_false_locales" (
  	"prompt" varchar,
  	"feedback_true" varchar,
  	"feedback_false" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_training_modules_v_blocks_matching_pairs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_training_modules_v_blocks_matching_pairs_locales" (
  	"left" varchar,
  	"right" varchar,
  	"feedback" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_training_modules_v_blocks_matching" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_training_modules_v_blocks_matching_locales" (
  	"prompt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_training_modules_v_blocks_ordering_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_training_modules_v_blocks_ordering_items_locales" (
  	"text" varchar,
  	"feedback" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_training_modules_v_blocks_ordering" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_training_modules_v_blocks_ordering_locales" (
  	"prompt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_training_modules_v_blocks_reflection" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_training_modules_v_blocks_reflection_locales" (
  	"prompt" varchar,
  	"guidance" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_training_modules_v_version_lessons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_training_modules_v_version_lessons_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_training_modules_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_level" "enum__training_modules_v_version_level" DEFAULT 'introductory',
  	"version_minutes" numeric,
  	"version_audience" "enum__training_modules_v_version_audience" DEFAULT 'public',
  	"version_quiz_pass_mark" numeric DEFAULT 70,
  	"version_quiz_max_attempts" numeric DEFAULT 3,
  	"version_quiz_drawn" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__training_modules_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__training_modules_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_training_modules_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_training_modules_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "enrolments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"module_id" integer NOT NULL,
  	"member_id" integer,
  	"visitor" varchar,
  	"status" "enum_enrolments_status" DEFAULT 'inProgress' NOT NULL,
  	"lessons_done" jsonb,
  	"last_lesson" varchar,
  	"score" numeric,
  	"completed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "learner_answers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"enrolment_id" integer NOT NULL,
  	"module_id" integer NOT NULL,
  	"member_id" integer,
  	"attempt_id" integer,
  	"lesson" varchar,
  	"question" varchar NOT NULL,
  	"kind" "enum_learner_answers_kind" NOT NULL,
  	"prompt" varchar,
  	"response" jsonb,
  	"text" varchar,
  	"score" numeric,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "quiz_attempts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"enrolment_id" integer NOT NULL,
  	"module_id" integer NOT NULL,
  	"member_id" integer,
  	"number" numeric NOT NULL,
  	"key" varchar NOT NULL,
  	"questions" jsonb,
  	"status" "enum_quiz_attempts_status" DEFAULT 'open' NOT NULL,
  	"score" numeric,
  	"passed" boolean,
  	"submitted_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "certificates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"enrolment_id" integer NOT NULL,
  	"module_id" integer NOT NULL,
  	"member_id" integer,
  	"learner_name" varchar NOT NULL,
  	"module_title" varchar NOT NULL,
  	"locale" "enum_certificates_locale" NOT NULL,
  	"score" numeric,
  	"issued_at" timestamp(3) with time zone NOT NULL,
  	"revoked" boolean DEFAULT false,
  	"revoked_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "training_modules_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "enrolments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "learner_answers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "quiz_attempts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "certificates_id" integer;
  ALTER TABLE "training_modules_blocks_rich_text" ADD CONSTRAINT "training_modules_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_rich_text_locales" ADD CONSTRAINT "training_modules_blocks_rich_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules_blocks_rich_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_image" ADD CONSTRAINT "training_modules_blocks_image_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_image" ADD CONSTRAINT "training_modules_blocks_image_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_image_locales" ADD CONSTRAINT "training_modules_blocks_image_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules_blocks_image"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_video" ADD CONSTRAINT "training_modules_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_video_locales" ADD CONSTRAINT "training_modules_blocks_video_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules_blocks_video"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_resource" ADD CONSTRAINT "training_modules_blocks_resource_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_resource" ADD CONSTRAINT "training_modules_blocks_resource_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_resource_locales" ADD CONSTRAINT "training_modules_blocks_resource_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules_blocks_resource"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_case_study" ADD CONSTRAINT "training_modules_blocks_case_study_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_case_study" ADD CONSTRAINT "training_modules_blocks_case_study_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_case_study_locales" ADD CONSTRAINT "training_modules_blocks_case_study_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules_blocks_case_study"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_single_options" ADD CONSTRAINT "training_modules_blocks_single_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules_blocks_single"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_single_options_locales" ADD CONSTRAINT "training_modules_blocks_single_options_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules_blocks_single_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_single" ADD CONSTRAINT "training_modules_blocks_single_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_single_locales" ADD CONSTRAINT "training_modules_blocks_single_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules_blocks_single"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_multiple_options" ADD CONSTRAINT "training_modules_blocks_multiple_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules_blocks_multiple"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_multiple_options_locales" ADD CONSTRAINT "training_modules_blocks_multiple_options_locales_parent_i_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules_blocks_multiple_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_multiple" ADD CONSTRAINT "training_modules_blocks_multiple_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_multiple_locales" ADD CONSTRAINT "training_modules_blocks_multiple_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules_blocks_multiple"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_true_false" ADD CONSTRAINT "training_modules_blocks_true_false_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_true_false_locales" ADD CONSTRAINT "training_modules_blocks_true_false_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules_blocks_true_false"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_matching_pairs" ADD CONSTRAINT "training_modules_blocks_matching_pairs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules_blocks_matching"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_matching_pairs_locales" ADD CONSTRAINT "training_modules_blocks_matching_pairs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules_blocks_matching_pairs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_matching" ADD CONSTRAINT "training_modules_blocks_matching_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_matching_locales" ADD CONSTRAINT "training_modules_blocks_matching_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules_blocks_matching"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_ordering_items" ADD CONSTRAINT "training_modules_blocks_ordering_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules_blocks_ordering"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_ordering_items_locales" ADD CONSTRAINT "training_modules_blocks_ordering_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules_blocks_ordering_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_ordering" ADD CONSTRAINT "training_modules_blocks_ordering_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_ordering_locales" ADD CONSTRAINT "training_modules_blocks_ordering_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules_blocks_ordering"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_reflection" ADD CONSTRAINT "training_modules_blocks_reflection_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_blocks_reflection_locales" ADD CONSTRAINT "training_modules_blocks_reflection_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules_blocks_reflection"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_lessons" ADD CONSTRAINT "training_modules_lessons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_lessons_locales" ADD CONSTRAINT "training_modules_lessons_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules_lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_locales" ADD CONSTRAINT "training_modules_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."training_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_rels" ADD CONSTRAINT "training_modules_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."training_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_modules_rels" ADD CONSTRAINT "training_modules_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_rich_text" ADD CONSTRAINT "_training_modules_v_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_rich_text_locales" ADD CONSTRAINT "_training_modules_v_blocks_rich_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v_blocks_rich_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_image" ADD CONSTRAINT "_training_modules_v_blocks_image_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_image" ADD CONSTRAINT "_training_modules_v_blocks_image_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_image_locales" ADD CONSTRAINT "_training_modules_v_blocks_image_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v_blocks_image"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_video" ADD CONSTRAINT "_training_modules_v_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_video_locales" ADD CONSTRAINT "_training_modules_v_blocks_video_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v_blocks_video"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_resource" ADD CONSTRAINT "_training_modules_v_blocks_resource_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_resource" ADD CONSTRAINT "_training_modules_v_blocks_resource_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_resource_locales" ADD CONSTRAINT "_training_modules_v_blocks_resource_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v_blocks_resource"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_case_study" ADD CONSTRAINT "_training_modules_v_blocks_case_study_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_case_study" ADD CONSTRAINT "_training_modules_v_blocks_case_study_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_case_study_locales" ADD CONSTRAINT "_training_modules_v_blocks_case_study_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v_blocks_case_study"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_single_options" ADD CONSTRAINT "_training_modules_v_blocks_single_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v_blocks_single"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_single_options_locales" ADD CONSTRAINT "_training_modules_v_blocks_single_options_locales_parent__fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v_blocks_single_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_single" ADD CONSTRAINT "_training_modules_v_blocks_single_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_single_locales" ADD CONSTRAINT "_training_modules_v_blocks_single_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v_blocks_single"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_multiple_options" ADD CONSTRAINT "_training_modules_v_blocks_multiple_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v_blocks_multiple"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_multiple_options_locales" ADD CONSTRAINT "_training_modules_v_blocks_multiple_options_locales_paren_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v_blocks_multiple_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_multiple" ADD CONSTRAINT "_training_modules_v_blocks_multiple_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_multiple_locales" ADD CONSTRAINT "_training_modules_v_blocks_multiple_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v_blocks_multiple"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_true_false" ADD CONSTRAINT "_training_modules_v_blocks_true_false_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_true_false_locales" ADD CONSTRAINT "_training_modules_v_blocks_true_false_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v_blocks_true_false"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_matching_pairs" ADD CONSTRAINT "_training_modules_v_blocks_matching_pairs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v_blocks_matching"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_matching_pairs_locales" ADD CONSTRAINT "_training_modules_v_blocks_matching_pairs_locales_parent__fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v_blocks_matching_pairs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_matching" ADD CONSTRAINT "_training_modules_v_blocks_matching_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_matching_locales" ADD CONSTRAINT "_training_modules_v_blocks_matching_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v_blocks_matching"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_ordering_items" ADD CONSTRAINT "_training_modules_v_blocks_ordering_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v_blocks_ordering"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_ordering_items_locales" ADD CONSTRAINT "_training_modules_v_blocks_ordering_items_locales_parent__fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v_blocks_ordering_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_ordering" ADD CONSTRAINT "_training_modules_v_blocks_ordering_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_ordering_locales" ADD CONSTRAINT "_training_modules_v_blocks_ordering_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v_blocks_ordering"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_reflection" ADD CONSTRAINT "_training_modules_v_blocks_reflection_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_blocks_reflection_locales" ADD CONSTRAINT "_training_modules_v_blocks_reflection_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v_blocks_reflection"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_version_lessons" ADD CONSTRAINT "_training_modules_v_version_lessons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_version_lessons_locales" ADD CONSTRAINT "_training_modules_v_version_lessons_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v_version_lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v" ADD CONSTRAINT "_training_modules_v_parent_id_training_modules_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."training_modules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_training_modules_v_locales" ADD CONSTRAINT "_training_modules_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_training_modules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_rels" ADD CONSTRAINT "_training_modules_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_training_modules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_modules_v_rels" ADD CONSTRAINT "_training_modules_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_module_id_training_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."training_modules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "learner_answers" ADD CONSTRAINT "learner_answers_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "learner_answers" ADD CONSTRAINT "learner_answers_module_id_training_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."training_modules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "learner_answers" ADD CONSTRAINT "learner_answers_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "learner_answers" ADD CONSTRAINT "learner_answers_attempt_id_quiz_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."quiz_attempts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_module_id_training_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."training_modules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "certificates" ADD CONSTRAINT "certificates_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "certificates" ADD CONSTRAINT "certificates_module_id_training_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."training_modules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "certificates" ADD CONSTRAINT "certificates_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "training_modules_blocks_rich_text_order_idx" ON "training_modules_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "training_modules_blocks_rich_text_parent_id_idx" ON "training_modules_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "training_modules_blocks_rich_text_path_idx" ON "training_modules_blocks_rich_text" USING btree ("_path");
  CREATE UNIQUE INDEX "training_modules_blocks_rich_text_locales_locale_parent_id_u" ON "training_modules_blocks_rich_text_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "training_modules_blocks_image_order_idx" ON "training_modules_blocks_image" USING btree ("_order");
  CREATE INDEX "training_modules_blocks_image_parent_id_idx" ON "training_modules_blocks_image" USING btree ("_parent_id");
  CREATE INDEX "training_modules_blocks_image_path_idx" ON "training_modules_blocks_image" USING btree ("_path");
  CREATE INDEX "training_modules_blocks_image_image_idx" ON "training_modules_blocks_image" USING btree ("image_id");
  CREATE UNIQUE INDEX "training_modules_blocks_image_locales_locale_parent_id_uniqu" ON "training_modules_blocks_image_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "training_modules_blocks_video_order_idx" ON "training_modules_blocks_video" USING btree ("_order");
  CREATE INDEX "training_modules_blocks_video_parent_id_idx" ON "training_modules_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "training_modules_blocks_video_path_idx" ON "training_modules_blocks_video" USING btree ("_path");
  CREATE UNIQUE INDEX "training_modules_blocks_video_locales_locale_parent_id_uniqu" ON "training_modules_blocks_video_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "training_modules_blocks_resource_order_idx" ON "training_modules_blocks_resource" USING btree ("_order");
  CREATE INDEX "training_modules_blocks_resource_parent_id_idx" ON "training_modules_blocks_resource" USING btree ("_parent_id");
  CREATE INDEX "training_modules_blocks_resource_path_idx" ON "training_modules_blocks_resource" USING btree ("_path");
  CREATE INDEX "training_modules_blocks_resource_resource_idx" ON "training_modules_blocks_resource" USING btree ("resource_id");
  CREATE UNIQUE INDEX "training_modules_blocks_resource_locales_locale_parent_id_un" ON "training_modules_blocks_resource_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "training_modules_blocks_case_study_order_idx" ON "training_modules_blocks_case_study" USING btree ("_order");
  CREATE INDEX "training_modules_blocks_case_study_parent_id_idx" ON "training_modules_blocks_case_study" USING btree ("_parent_id");
  CREATE INDEX "training_modules_blocks_case_study_path_idx" ON "training_modules_blocks_case_study" USING btree ("_path");
  CREATE INDEX "training_modules_blocks_case_study_city_idx" ON "training_modules_blocks_case_study" USING btree ("city_id");
  CREATE UNIQUE INDEX "training_modules_blocks_case_study_locales_locale_parent_id_" ON "training_modules_blocks_case_study_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "training_modules_blocks_single_options_order_idx" ON "training_modules_blocks_single_options" USING btree ("_order");
  CREATE INDEX "training_modules_blocks_single_options_parent_id_idx" ON "training_modules_blocks_single_options" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "training_modules_blocks_single_options_locales_locale_parent" ON "training_modules_blocks_single_options_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "training_modules_blocks_single_order_idx" ON "training_modules_blocks_single" USING btree ("_order");
  CREATE INDEX "training_modules_blocks_single_parent_id_idx" ON "training_modules_blocks_single" USING btree ("_parent_id");
  CREATE INDEX "training_modules_blocks_single_path_idx" ON "training_modules_blocks_single" USING btree ("_path");
  CREATE UNIQUE INDEX "training_modules_blocks_single_locales_locale_parent_id_uniq" ON "training_modules_blocks_single_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "training_modules_blocks_multiple_options_order_idx" ON "training_modules_blocks_multiple_options" USING btree ("_order");
  CREATE INDEX "training_modules_blocks_multiple_options_parent_id_idx" ON "training_modules_blocks_multiple_options" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "training_modules_blocks_multiple_options_locales_locale_pare" ON "training_modules_blocks_multiple_options_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "training_modules_blocks_multiple_order_idx" ON "training_modules_blocks_multiple" USING btree ("_order");
  CREATE INDEX "training_modules_blocks_multiple_parent_id_idx" ON "training_modules_blocks_multiple" USING btree ("_parent_id");
  CREATE INDEX "training_modules_blocks_multiple_path_idx" ON "training_modules_blocks_multiple" USING btree ("_path");
  CREATE UNIQUE INDEX "training_modules_blocks_multiple_locales_locale_parent_id_un" ON "training_modules_blocks_multiple_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "training_modules_blocks_true_false_order_idx" ON "training_modules_blocks_true_false" USING btree ("_order");
  CREATE INDEX "training_modules_blocks_true_false_parent_id_idx" ON "training_modules_blocks_true_false" USING btree ("_parent_id");
  CREATE INDEX "training_modules_blocks_true_false_path_idx" ON "training_modules_blocks_true_false" USING btree ("_path");
  CREATE UNIQUE INDEX "training_modules_blocks_true_false_locales_locale_parent_id_" ON "training_modules_blocks_true_false_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "training_modules_blocks_matching_pairs_order_idx" ON "training_modules_blocks_matching_pairs" USING btree ("_order");
  CREATE INDEX "training_modules_blocks_matching_pairs_parent_id_idx" ON "training_modules_blocks_matching_pairs" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "training_modules_blocks_matching_pairs_locales_locale_parent" ON "training_modules_blocks_matching_pairs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "training_modules_blocks_matching_order_idx" ON "training_modules_blocks_matching" USING btree ("_order");
  CREATE INDEX "training_modules_blocks_matching_parent_id_idx" ON "training_modules_blocks_matching" USING btree ("_parent_id");
  CREATE INDEX "training_modules_blocks_matching_path_idx" ON "training_modules_blocks_matching" USING btree ("_path");
  CREATE UNIQUE INDEX "training_modules_blocks_matching_locales_locale_parent_id_un" ON "training_modules_blocks_matching_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "training_modules_blocks_ordering_items_order_idx" ON "training_modules_blocks_ordering_items" USING btree ("_order");
  CREATE INDEX "training_modules_blocks_ordering_items_parent_id_idx" ON "training_modules_blocks_ordering_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "training_modules_blocks_ordering_items_locales_locale_parent" ON "training_modules_blocks_ordering_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "training_modules_blocks_ordering_order_idx" ON "training_modules_blocks_ordering" USING btree ("_order");
  CREATE INDEX "training_modules_blocks_ordering_parent_id_idx" ON "training_modules_blocks_ordering" USING btree ("_parent_id");
  CREATE INDEX "training_modules_blocks_ordering_path_idx" ON "training_modules_blocks_ordering" USING btree ("_path");
  CREATE UNIQUE INDEX "training_modules_blocks_ordering_locales_locale_parent_id_un" ON "training_modules_blocks_ordering_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "training_modules_blocks_reflection_order_idx" ON "training_modules_blocks_reflection" USING btree ("_order");
  CREATE INDEX "training_modules_blocks_reflection_parent_id_idx" ON "training_modules_blocks_reflection" USING btree ("_parent_id");
  CREATE INDEX "training_modules_blocks_reflection_path_idx" ON "training_modules_blocks_reflection" USING btree ("_path");
  CREATE UNIQUE INDEX "training_modules_blocks_reflection_locales_locale_parent_id_" ON "training_modules_blocks_reflection_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "training_modules_lessons_order_idx" ON "training_modules_lessons" USING btree ("_order");
  CREATE INDEX "training_modules_lessons_parent_id_idx" ON "training_modules_lessons" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "training_modules_lessons_locales_locale_parent_id_unique" ON "training_modules_lessons_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "training_modules_slug_idx" ON "training_modules" USING btree ("slug");
  CREATE INDEX "training_modules_updated_at_idx" ON "training_modules" USING btree ("updated_at");
  CREATE INDEX "training_modules_created_at_idx" ON "training_modules" USING btree ("created_at");
  CREATE INDEX "training_modules__status_idx" ON "training_modules" USING btree ("_status");
  CREATE UNIQUE INDEX "training_modules_locales_locale_parent_id_unique" ON "training_modules_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "training_modules_rels_order_idx" ON "training_modules_rels" USING btree ("order");
  CREATE INDEX "training_modules_rels_parent_idx" ON "training_modules_rels" USING btree ("parent_id");
  CREATE INDEX "training_modules_rels_path_idx" ON "training_modules_rels" USING btree ("path");
  CREATE INDEX "training_modules_rels_themes_id_idx" ON "training_modules_rels" USING btree ("themes_id");
  CREATE INDEX "_training_modules_v_blocks_rich_text_order_idx" ON "_training_modules_v_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "_training_modules_v_blocks_rich_text_parent_id_idx" ON "_training_modules_v_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "_training_modules_v_blocks_rich_text_path_idx" ON "_training_modules_v_blocks_rich_text" USING btree ("_path");
  CREATE UNIQUE INDEX "_training_modules_v_blocks_rich_text_locales_locale_parent_i" ON "_training_modules_v_blocks_rich_text_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_training_modules_v_blocks_image_order_idx" ON "_training_modules_v_blocks_image" USING btree ("_order");
  CREATE INDEX "_training_modules_v_blocks_image_parent_id_idx" ON "_training_modules_v_blocks_image" USING btree ("_parent_id");
  CREATE INDEX "_training_modules_v_blocks_image_path_idx" ON "_training_modules_v_blocks_image" USING btree ("_path");
  CREATE INDEX "_training_modules_v_blocks_image_image_idx" ON "_training_modules_v_blocks_image" USING btree ("image_id");
  CREATE UNIQUE INDEX "_training_modules_v_blocks_image_locales_locale_parent_id_un" ON "_training_modules_v_blocks_image_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_training_modules_v_blocks_video_order_idx" ON "_training_modules_v_blocks_video" USING btree ("_order");
  CREATE INDEX "_training_modules_v_blocks_video_parent_id_idx" ON "_training_modules_v_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "_training_modules_v_blocks_video_path_idx" ON "_training_modules_v_blocks_video" USING btree ("_path");
  CREATE UNIQUE INDEX "_training_modules_v_blocks_video_locales_locale_parent_id_un" ON "_training_modules_v_blocks_video_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_training_modules_v_blocks_resource_order_idx" ON "_training_modules_v_blocks_resource" USING btree ("_order");
  CREATE INDEX "_training_modules_v_blocks_resource_parent_id_idx" ON "_training_modules_v_blocks_resource" USING btree ("_parent_id");
  CREATE INDEX "_training_modules_v_blocks_resource_path_idx" ON "_training_modules_v_blocks_resource" USING btree ("_path");
  CREATE INDEX "_training_modules_v_blocks_resource_resource_idx" ON "_training_modules_v_blocks_resource" USING btree ("resource_id");
  CREATE UNIQUE INDEX "_training_modules_v_blocks_resource_locales_locale_parent_id" ON "_training_modules_v_blocks_resource_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_training_modules_v_blocks_case_study_order_idx" ON "_training_modules_v_blocks_case_study" USING btree ("_order");
  CREATE INDEX "_training_modules_v_blocks_case_study_parent_id_idx" ON "_training_modules_v_blocks_case_study" USING btree ("_parent_id");
  CREATE INDEX "_training_modules_v_blocks_case_study_path_idx" ON "_training_modules_v_blocks_case_study" USING btree ("_path");
  CREATE INDEX "_training_modules_v_blocks_case_study_city_idx" ON "_training_modules_v_blocks_case_study" USING btree ("city_id");
  CREATE UNIQUE INDEX "_training_modules_v_blocks_case_study_locales_locale_parent_" ON "_training_modules_v_blocks_case_study_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_training_modules_v_blocks_single_options_order_idx" ON "_training_modules_v_blocks_single_options" USING btree ("_order");
  CREATE INDEX "_training_modules_v_blocks_single_options_parent_id_idx" ON "_training_modules_v_blocks_single_options" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_training_modules_v_blocks_single_options_locales_locale_par" ON "_training_modules_v_blocks_single_options_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_training_modules_v_blocks_single_order_idx" ON "_training_modules_v_blocks_single" USING btree ("_order");
  CREATE INDEX "_training_modules_v_blocks_single_parent_id_idx" ON "_training_modules_v_blocks_single" USING btree ("_parent_id");
  CREATE INDEX "_training_modules_v_blocks_single_path_idx" ON "_training_modules_v_blocks_single" USING btree ("_path");
  CREATE UNIQUE INDEX "_training_modules_v_blocks_single_locales_locale_parent_id_u" ON "_training_modules_v_blocks_single_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_training_modules_v_blocks_multiple_options_order_idx" ON "_training_modules_v_blocks_multiple_options" USING btree ("_order");
  CREATE INDEX "_training_modules_v_blocks_multiple_options_parent_id_idx" ON "_training_modules_v_blocks_multiple_options" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_training_modules_v_blocks_multiple_options_locales_locale_p" ON "_training_modules_v_blocks_multiple_options_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_training_modules_v_blocks_multiple_order_idx" ON "_training_modules_v_blocks_multiple" USING btree ("_order");
  CREATE INDEX "_training_modules_v_blocks_multiple_parent_id_idx" ON "_training_modules_v_blocks_multiple" USING btree ("_parent_id");
  CREATE INDEX "_training_modules_v_blocks_multiple_path_idx" ON "_training_modules_v_blocks_multiple" USING btree ("_path");
  CREATE UNIQUE INDEX "_training_modules_v_blocks_multiple_locales_locale_parent_id" ON "_training_modules_v_blocks_multiple_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_training_modules_v_blocks_true_false_order_idx" ON "_training_modules_v_blocks_true_false" USING btree ("_order");
  CREATE INDEX "_training_modules_v_blocks_true_false_parent_id_idx" ON "_training_modules_v_blocks_true_false" USING btree ("_parent_id");
  CREATE INDEX "_training_modules_v_blocks_true_false_path_idx" ON "_training_modules_v_blocks_true_false" USING btree ("_path");
  CREATE UNIQUE INDEX "_training_modules_v_blocks_true_false_locales_locale_parent_" ON "_training_modules_v_blocks_true_false_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_training_modules_v_blocks_matching_pairs_order_idx" ON "_training_modules_v_blocks_matching_pairs" USING btree ("_order");
  CREATE INDEX "_training_modules_v_blocks_matching_pairs_parent_id_idx" ON "_training_modules_v_blocks_matching_pairs" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_training_modules_v_blocks_matching_pairs_locales_locale_par" ON "_training_modules_v_blocks_matching_pairs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_training_modules_v_blocks_matching_order_idx" ON "_training_modules_v_blocks_matching" USING btree ("_order");
  CREATE INDEX "_training_modules_v_blocks_matching_parent_id_idx" ON "_training_modules_v_blocks_matching" USING btree ("_parent_id");
  CREATE INDEX "_training_modules_v_blocks_matching_path_idx" ON "_training_modules_v_blocks_matching" USING btree ("_path");
  CREATE UNIQUE INDEX "_training_modules_v_blocks_matching_locales_locale_parent_id" ON "_training_modules_v_blocks_matching_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_training_modules_v_blocks_ordering_items_order_idx" ON "_training_modules_v_blocks_ordering_items" USING btree ("_order");
  CREATE INDEX "_training_modules_v_blocks_ordering_items_parent_id_idx" ON "_training_modules_v_blocks_ordering_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_training_modules_v_blocks_ordering_items_locales_locale_par" ON "_training_modules_v_blocks_ordering_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_training_modules_v_blocks_ordering_order_idx" ON "_training_modules_v_blocks_ordering" USING btree ("_order");
  CREATE INDEX "_training_modules_v_blocks_ordering_parent_id_idx" ON "_training_modules_v_blocks_ordering" USING btree ("_parent_id");
  CREATE INDEX "_training_modules_v_blocks_ordering_path_idx" ON "_training_modules_v_blocks_ordering" USING btree ("_path");
  CREATE UNIQUE INDEX "_training_modules_v_blocks_ordering_locales_locale_parent_id" ON "_training_modules_v_blocks_ordering_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_training_modules_v_blocks_reflection_order_idx" ON "_training_modules_v_blocks_reflection" USING btree ("_order");
  CREATE INDEX "_training_modules_v_blocks_reflection_parent_id_idx" ON "_training_modules_v_blocks_reflection" USING btree ("_parent_id");
  CREATE INDEX "_training_modules_v_blocks_reflection_path_idx" ON "_training_modules_v_blocks_reflection" USING btree ("_path");
  CREATE UNIQUE INDEX "_training_modules_v_blocks_reflection_locales_locale_parent_" ON "_training_modules_v_blocks_reflection_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_training_modules_v_version_lessons_order_idx" ON "_training_modules_v_version_lessons" USING btree ("_order");
  CREATE INDEX "_training_modules_v_version_lessons_parent_id_idx" ON "_training_modules_v_version_lessons" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_training_modules_v_version_lessons_locales_locale_parent_id" ON "_training_modules_v_version_lessons_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_training_modules_v_parent_idx" ON "_training_modules_v" USING btree ("parent_id");
  CREATE INDEX "_training_modules_v_version_version_slug_idx" ON "_training_modules_v" USING btree ("version_slug");
  CREATE INDEX "_training_modules_v_version_version_updated_at_idx" ON "_training_modules_v" USING btree ("version_updated_at");
  CREATE INDEX "_training_modules_v_version_version_created_at_idx" ON "_training_modules_v" USING btree ("version_created_at");
  CREATE INDEX "_training_modules_v_version_version__status_idx" ON "_training_modules_v" USING btree ("version__status");
  CREATE INDEX "_training_modules_v_created_at_idx" ON "_training_modules_v" USING btree ("created_at");
  CREATE INDEX "_training_modules_v_updated_at_idx" ON "_training_modules_v" USING btree ("updated_at");
  CREATE INDEX "_training_modules_v_snapshot_idx" ON "_training_modules_v" USING btree ("snapshot");
  CREATE INDEX "_training_modules_v_published_locale_idx" ON "_training_modules_v" USING btree ("published_locale");
  CREATE INDEX "_training_modules_v_latest_idx" ON "_training_modules_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_training_modules_v_locales_locale_parent_id_unique" ON "_training_modules_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_training_modules_v_rels_order_idx" ON "_training_modules_v_rels" USING btree ("order");
  CREATE INDEX "_training_modules_v_rels_parent_idx" ON "_training_modules_v_rels" USING btree ("parent_id");
  CREATE INDEX "_training_modules_v_rels_path_idx" ON "_training_modules_v_rels" USING btree ("path");
  CREATE INDEX "_training_modules_v_rels_themes_id_idx" ON "_training_modules_v_rels" USING btree ("themes_id");
  CREATE INDEX "enrolments_module_idx" ON "enrolments" USING btree ("module_id");
  CREATE INDEX "enrolments_member_idx" ON "enrolments" USING btree ("member_id");
  CREATE INDEX "enrolments_visitor_idx" ON "enrolments" USING btree ("visitor");
  CREATE INDEX "enrolments_updated_at_idx" ON "enrolments" USING btree ("updated_at");
  CREATE INDEX "enrolments_created_at_idx" ON "enrolments" USING btree ("created_at");
  CREATE UNIQUE INDEX "module_member_idx" ON "enrolments" USING btree ("module_id","member_id");
  CREATE UNIQUE INDEX "module_visitor_idx" ON "enrolments" USING btree ("module_id","visitor");
  CREATE INDEX "learner_answers_enrolment_idx" ON "learner_answers" USING btree ("enrolment_id");
  CREATE INDEX "learner_answers_module_idx" ON "learner_answers" USING btree ("module_id");
  CREATE INDEX "learner_answers_member_idx" ON "learner_answers" USING btree ("member_id");
  CREATE INDEX "learner_answers_attempt_idx" ON "learner_answers" USING btree ("attempt_id");
  CREATE INDEX "learner_answers_question_idx" ON "learner_answers" USING btree ("question");
  CREATE UNIQUE INDEX "learner_answers_key_idx" ON "learner_answers" USING btree ("key");
  CREATE INDEX "learner_answers_updated_at_idx" ON "learner_answers" USING btree ("updated_at");
  CREATE INDEX "learner_answers_created_at_idx" ON "learner_answers" USING btree ("created_at");
  CREATE INDEX "quiz_attempts_enrolment_idx" ON "quiz_attempts" USING btree ("enrolment_id");
  CREATE INDEX "quiz_attempts_module_idx" ON "quiz_attempts" USING btree ("module_id");
  CREATE INDEX "quiz_attempts_member_idx" ON "quiz_attempts" USING btree ("member_id");
  CREATE UNIQUE INDEX "quiz_attempts_key_idx" ON "quiz_attempts" USING btree ("key");
  CREATE INDEX "quiz_attempts_updated_at_idx" ON "quiz_attempts" USING btree ("updated_at");
  CREATE INDEX "quiz_attempts_created_at_idx" ON "quiz_attempts" USING btree ("created_at");
  CREATE UNIQUE INDEX "certificates_code_idx" ON "certificates" USING btree ("code");
  CREATE UNIQUE INDEX "certificates_enrolment_idx" ON "certificates" USING btree ("enrolment_id");
  CREATE INDEX "certificates_module_idx" ON "certificates" USING btree ("module_id");
  CREATE INDEX "certificates_member_idx" ON "certificates" USING btree ("member_id");
  CREATE INDEX "certificates_updated_at_idx" ON "certificates" USING btree ("updated_at");
  CREATE INDEX "certificates_created_at_idx" ON "certificates" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_training_modules_fk" FOREIGN KEY ("training_modules_id") REFERENCES "public"."training_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_enrolments_fk" FOREIGN KEY ("enrolments_id") REFERENCES "public"."enrolments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_learner_answers_fk" FOREIGN KEY ("learner_answers_id") REFERENCES "public"."learner_answers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quiz_attempts_fk" FOREIGN KEY ("quiz_attempts_id") REFERENCES "public"."quiz_attempts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_certificates_fk" FOREIGN KEY ("certificates_id") REFERENCES "public"."certificates"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_training_modules_id_idx" ON "payload_locked_documents_rels" USING btree ("training_modules_id");
  CREATE INDEX "payload_locked_documents_rels_enrolments_id_idx" ON "payload_locked_documents_rels" USING btree ("enrolments_id");
  CREATE INDEX "payload_locked_documents_rels_learner_answers_id_idx" ON "payload_locked_documents_rels" USING btree ("learner_answers_id");
  CREATE INDEX "payload_locked_documents_rels_quiz_attempts_id_idx" ON "payload_locked_documents_rels" USING btree ("quiz_attempts_id");
  CREATE INDEX "payload_locked_documents_rels_certificates_id_idx" ON "payload_locked_documents_rels" USING btree ("certificates_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "training_modules_blocks_rich_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_rich_text_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_image" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_image_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_video" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_video_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_resource" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_resource_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_case_study" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_case_study_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_single_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_single_options_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_single" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_single_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_multiple_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_multiple_options_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_multiple" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_multiple_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_true_false" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_true_false_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_matching_pairs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_matching_pairs_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_matching" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_matching_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_ordering_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_ordering_items_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_ordering" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_ordering_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_reflection" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_blocks_reflection_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_lessons" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_lessons_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_modules_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_rich_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_rich_text_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_image" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_image_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_video" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_video_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_resource" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_resource_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_case_study" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_case_study_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_single_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_single_options_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_single" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_single_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_multiple_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_multiple_options_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_multiple" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_multiple_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_true_false" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_true_false_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_matching_pairs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_matching_pairs_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_matching" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_matching_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_ordering_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_ordering_items_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_ordering" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_ordering_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_reflection" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_blocks_reflection_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_version_lessons" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_version_lessons_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_modules_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "enrolments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "learner_answers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quiz_attempts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "certificates" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "training_modules_blocks_rich_text" CASCADE;
  DROP TABLE "training_modules_blocks_rich_text_locales" CASCADE;
  DROP TABLE "training_modules_blocks_image" CASCADE;
  DROP TABLE "training_modules_blocks_image_locales" CASCADE;
  DROP TABLE "training_modules_blocks_video" CASCADE;
  DROP TABLE "training_modules_blocks_video_locales" CASCADE;
  DROP TABLE "training_modules_blocks_resource" CASCADE;
  DROP TABLE "training_modules_blocks_resource_locales" CASCADE;
  DROP TABLE "training_modules_blocks_case_study" CASCADE;
  DROP TABLE "training_modules_blocks_case_study_locales" CASCADE;
  DROP TABLE "training_modules_blocks_single_options" CASCADE;
  DROP TABLE "training_modules_blocks_single_options_locales" CASCADE;
  DROP TABLE "training_modules_blocks_single" CASCADE;
  DROP TABLE "training_modules_blocks_single_locales" CASCADE;
  DROP TABLE "training_modules_blocks_multiple_options" CASCADE;
  DROP TABLE "training_modules_blocks_multiple_options_locales" CASCADE;
  DROP TABLE "training_modules_blocks_multiple" CASCADE;
  DROP TABLE "training_modules_blocks_multiple_locales" CASCADE;
  DROP TABLE "training_modules_blocks_true_false" CASCADE;
  DROP TABLE "training_modules_blocks_true_false_locales" CASCADE;
  DROP TABLE "training_modules_blocks_matching_pairs" CASCADE;
  DROP TABLE "training_modules_blocks_matching_pairs_locales" CASCADE;
  DROP TABLE "training_modules_blocks_matching" CASCADE;
  DROP TABLE "training_modules_blocks_matching_locales" CASCADE;
  DROP TABLE "training_modules_blocks_ordering_items" CASCADE;
  DROP TABLE "training_modules_blocks_ordering_items_locales" CASCADE;
  DROP TABLE "training_modules_blocks_ordering" CASCADE;
  DROP TABLE "training_modules_blocks_ordering_locales" CASCADE;
  DROP TABLE "training_modules_blocks_reflection" CASCADE;
  DROP TABLE "training_modules_blocks_reflection_locales" CASCADE;
  DROP TABLE "training_modules_lessons" CASCADE;
  DROP TABLE "training_modules_lessons_locales" CASCADE;
  DROP TABLE "training_modules" CASCADE;
  DROP TABLE "training_modules_locales" CASCADE;
  DROP TABLE "training_modules_rels" CASCADE;
  DROP TABLE "_training_modules_v_blocks_rich_text" CASCADE;
  DROP TABLE "_training_modules_v_blocks_rich_text_locales" CASCADE;
  DROP TABLE "_training_modules_v_blocks_image" CASCADE;
  DROP TABLE "_training_modules_v_blocks_image_locales" CASCADE;
  DROP TABLE "_training_modules_v_blocks_video" CASCADE;
  DROP TABLE "_training_modules_v_blocks_video_locales" CASCADE;
  DROP TABLE "_training_modules_v_blocks_resource" CASCADE;
  DROP TABLE "_training_modules_v_blocks_resource_locales" CASCADE;
  DROP TABLE "_training_modules_v_blocks_case_study" CASCADE;
  DROP TABLE "_training_modules_v_blocks_case_study_locales" CASCADE;
  DROP TABLE "_training_modules_v_blocks_single_options" CASCADE;
  DROP TABLE "_training_modules_v_blocks_single_options_locales" CASCADE;
  DROP TABLE "_training_modules_v_blocks_single" CASCADE;
  DROP TABLE "_training_modules_v_blocks_single_locales" CASCADE;
  DROP TABLE "_training_modules_v_blocks_multiple_options" CASCADE;
  DROP TABLE "_training_modules_v_blocks_multiple_options_locales" CASCADE;
  DROP TABLE "_training_modules_v_blocks_multiple" CASCADE;
  DROP TABLE "_training_modules_v_blocks_multiple_locales" CASCADE;
  DROP TABLE "_training_modules_v_blocks_true_false" CASCADE;
  DROP TABLE "_training_modules_v_blocks_true_false_locales" CASCADE;
  DROP TABLE "_training_modules_v_blocks_matching_pairs" CASCADE;
  DROP TABLE "_training_modules_v_blocks_matching_pairs_locales" CASCADE;
  DROP TABLE "_training_modules_v_blocks_matching" CASCADE;
  DROP TABLE "_training_modules_v_blocks_matching_locales" CASCADE;
  DROP TABLE "_training_modules_v_blocks_ordering_items" CASCADE;
  DROP TABLE "_training_modules_v_blocks_ordering_items_locales" CASCADE;
  DROP TABLE "_training_modules_v_blocks_ordering" CASCADE;
  DROP TABLE "_training_modules_v_blocks_ordering_locales" CASCADE;
  DROP TABLE "_training_modules_v_blocks_reflection" CASCADE;
  DROP TABLE "_training_modules_v_blocks_reflection_locales" CASCADE;
  DROP TABLE "_training_modules_v_version_lessons" CASCADE;
  DROP TABLE "_training_modules_v_version_lessons_locales" CASCADE;
  DROP TABLE "_training_modules_v" CASCADE;
  DROP TABLE "_training_modules_v_locales" CASCADE;
  DROP TABLE "_training_modules_v_rels" CASCADE;
  DROP TABLE "enrolments" CASCADE;
  DROP TABLE "learner_answers" CASCADE;
  DROP TABLE "quiz_attempts" CASCADE;
  DROP TABLE "certificates" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_training_modules_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_enrolments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_learner_answers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_quiz_attempts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_certificates_fk";
  
  DROP INDEX "payload_locked_documents_rels_training_modules_id_idx";
  DROP INDEX "payload_locked_documents_rels_enrolments_id_idx";
  DROP INDEX "payload_locked_documents_rels_learner_answers_id_idx";
  DROP INDEX "payload_locked_documents_rels_quiz_attempts_id_idx";
  DROP INDEX "payload_locked_documents_rels_certificates_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "training_modules_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "enrolments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "learner_answers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "quiz_attempts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "certificates_id";
  DROP TYPE "public"."enum_training_modules_level";
  DROP TYPE "public"."enum_training_modules_audience";
  DROP TYPE "public"."enum_training_modules_status";
  DROP TYPE "public"."enum__training_modules_v_version_level";
  DROP TYPE "public"."enum__training_modules_v_version_audience";
  DROP TYPE "public"."enum__training_modules_v_version_status";
  DROP TYPE "public"."enum__training_modules_v_published_locale";
  DROP TYPE "public"."enum_enrolments_status";
  DROP TYPE "public"."enum_learner_answers_kind";
  DROP TYPE "public"."enum_quiz_attempts_status";
  DROP TYPE "public"."enum_certificates_locale";`)
}
