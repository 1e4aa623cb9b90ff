import * as migration_20261128_165728_initial from './20261128_165728_initial';
import * as migration_20261128_172553_resources from './20261128_172553_resources';
import * as migration_20261128_172600_search_index from './20261128_172600_search_index';
import * as migration_20261128_174624_contact_and_newsletter from './20261128_174624_contact_and_newsletter';
import * as migration_20261128_175706_member_accounts from './20261128_175706_member_accounts';
import * as migration_20261128_180605_membership_applications from './20261128_180605_membership_applications';
import * as migration_20261128_181502_application_jobs from './20261128_181502_application_jobs';
import * as migration_20261128_182333_newsletter_issues from './20261128_182333_newsletter_issues';
import * as migration_20261128_183338_email_change_and_help_desk from './20261128_183338_email_change_and_help_desk';
import * as migration_20261128_212610_programmes_news_and_pages from './20261128_212610_programmes_news_and_pages';
import * as migration_20261202_041548_crash_safe_mail from './20261202_041548_crash_safe_mail';
import * as migration_20261202_200000_shared_rate_limits from './20261202_200000_shared_rate_limits';
import * as migration_20261206_210401_event_registrations from './20261206_210401_event_registrations';
import * as migration_20261206_211528_users_locale_select from './20261206_211528_users_locale_select';
import * as migration_20261206_213758_site_brand from './20261206_213758_site_brand';
import * as migration_20261206_222505_page_photos from './20261206_222505_page_photos';
import * as migration_20261207_213610_people_names_per_language from './20261207_213610_people_names_per_language';
import * as migration_20261207_222821_training_modules from './20261207_222821_training_modules';
import * as migration_20261207_225444_lesson_video_files from './20261207_225444_lesson_video_files';

export const migrations = [
  {
    up: migration_20261128_165728_initial.up,
    down: migration_20261128_165728_initial.down,
    name: '20261128_165728_initial',
  },
  {
    up: migration_20261128_172553_resources.up,
    down: migration_20261128_172553_resources.down,
    name: '20261128_172553_resources',
  },
  {
    up: migration_20261128_172600_search_index.up,
    down: migration_20261128_172600_search_index.down,
    name: '20261128_172600_search_index',
  },
  {
    up: migration_20261128_174624_contact_and_newsletter.up,
    down: migration_20261128_174624_contact_and_newsletter.down,
    name: '20261128_174624_contact_and_newsletter',
  },
  {
    up: migration_20261128_175706_member_accounts.up,
    down: migration_20261128_175706_member_accounts.down,
    name: '20261128_175706_member_accounts',
  },
  {
    up: migration_20261128_180605_membership_applications.up,
    down: migration_20261128_180605_membership_applications.down,
    name: '20261128_180605_membership_applications',
  },
  {
    up: migration_20261128_181502_application_jobs.up,
    down: migration_20261128_181502_application_jobs.down,
    name: '20261128_181502_application_jobs',
  },
  {
    up: migration_20261128_182333_newsletter_issues.up,
    down: migration_20261128_182333_newsletter_issues.down,
    name: '20261128_182333_newsletter_issues',
  },
  {
    up: migration_20261128_183338_email_change_and_help_desk.up,
    down: migration_20261128_183338_email_change_and_help_desk.down,
    name: '20261128_183338_email_change_and_help_desk',
  },
  {
    up: migration_20261128_212610_programmes_news_and_pages.up,
    down: migration_20261128_212610_programmes_news_and_pages.down,
    name: '20261128_212610_programmes_news_and_pages',
  },
  {
    up: migration_20261202_041548_crash_safe_mail.up,
    down: migration_20261202_041548_crash_safe_mail.down,
    name: '20261202_041548_crash_safe_mail',
  },
  {
    up: migration_20261202_200000_shared_rate_limits.up,
    down: migration_20261202_200000_shared_rate_limits.down,
    name: '20261202_200000_shared_rate_limits',
  },
  {
    up: migration_20261206_210401_event_registrations.up,
    down: migration_20261206_210401_event_registrations.down,
    name: '20261206_210401_event_registrations',
  },
  {
    up: migration_20261206_211528_users_locale_select.up,
    down: migration_20261206_211528_users_locale_select.down,
    name: '20261206_211528_users_locale_select',
  },
  {
    up: migration_20261206_213758_site_brand.up,
    down: migration_20261206_213758_site_brand.down,
    name: '20261206_213758_site_brand',
  },
  {
    up: migration_20261206_222505_page_photos.up,
    down: migration_20261206_222505_page_photos.down,
    name: '20261206_222505_page_photos',
  },
  {
    up: migration_20261207_213610_people_names_per_language.up,
    down: migration_20261207_213610_people_names_per_language.down,
    name: '20261207_213610_people_names_per_language',
  },
  {
    up: migration_20261207_222821_training_modules.up,
    down: migration_20261207_222821_training_modules.down,
    name: '20261207_222821_training_modules',
  },
  {
    up: migration_20261207_225444_lesson_video_files.up,
    down: migration_20261207_225444_lesson_video_files.down,
    name: '20261207_225444_lesson_video_files'
  },
];
