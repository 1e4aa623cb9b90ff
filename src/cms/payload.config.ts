import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { translations as adminLanguages } from '@payloadcms/translations/all'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { defaultLocale, localeCodes, locales } from '../content/locales'
import { trustedOrigins } from '../config/public-url'
import { Cities } from './collections/Cities'
import { Events } from './collections/Events'
import { TrainingModules } from './collections/TrainingModules'
import { Enrolments } from './collections/Enrolments'
import { LearnerAnswers } from './collections/LearnerAnswers'
import { QuizAttempts } from './collections/QuizAttempts'
import { Certificates } from './collections/Certificates'
import { EventRegistrations } from './collections/EventRegistrations'
import { NewsArticles } from './collections/NewsArticles'
import { Pages } from './collections/Pages'
import { YouthProjects } from './collections/YouthProjects'
import { Navigation } from './globals/Navigation'
import { eventTimeZones } from '../config/time-zones'
import { ContactMessages } from './collections/ContactMessages'
import { MembershipApplications } from './collections/MembershipApplications'
import { NewsletterDeliveries } from './collections/NewsletterDeliveries'
import { NewsletterIssues } from './collections/NewsletterIssues'
import { OutgoingMail } from './collections/OutgoingMail'
import { Subscribers } from './collections/Subscribers'
import { Countries } from './collections/Countries'
import { Documents } from './collections/Documents'
import { Media } from './collections/Media'
import { People } from './collections/People'
import { Regions } from './collections/Regions'
import { Resources } from './collections/Resources'
import { Sectors } from './collections/Sectors'
import { Themes } from './collections/Themes'
import { Users } from './collections/Users'
import { WorkingGroups } from './collections/WorkingGroups'
import { databaseAdapter } from './db'
import { hubEmailAdapter } from './email-adapter'
import { tasks } from './tasks'
import { SiteSettings } from './globals/SiteSettings'
import { payloadSecret } from './secret'
import { restrictInternalCollections } from './access/internal-collections'
import { withHubDefaults } from './collections/with-hub-defaults'
import { answerMalformedQueries } from './hooks/answerMalformedQueries'

export default buildConfig({
  secret: payloadSecret(),
  // Cookie-authenticated requests from any other origin are treated as anonymous.
  csrf: trustedOrigins(),
  admin: {
    user: Users.slug,
    importMap: { baseDir: path.resolve(/*turbopackIgnore: true*/ 'src') },
    meta: { titleSuffix: ' · Strong Cities Hub' },
    // The default avatar is fetched from Gravatar; the hub loads nothing from third parties.
    avatar: 'default',
    timezones: { supportedTimezones: eventTimeZones, defaultTimezone: 'UTC' },
    components: {
      // The network's brand from Site settings replaces Payload's logo on the sign-in page and in the navigation.
      graphics: { Logo: '/cms/admin/BrandGraphics#BrandLogo', Icon: '/cms/admin/BrandGraphics#BrandIcon' },
      beforeDashboard: ['/cms/admin/CityEditorDashboard#CityEditorDashboard'],
    },
  },
  collections: [
    Cities,
    Resources,
    NewsArticles,
    Events,
    EventRegistrations,
    TrainingModules,
    Enrolments,
    LearnerAnswers,
    QuizAttempts,
    Certificates,
    Pages,
    YouthProjects,
    Countries,
    Regions,
    People,
    WorkingGroups,
    Themes,
    Sectors,
    Media,
    Documents,
    MembershipApplications,
    ContactMessages,
    Subscribers,
    NewsletterIssues,
    NewsletterDeliveries,
    OutgoingMail,
    Users,
  ].map(withHubDefaults),
  globals: [SiteSettings, Navigation],
  hooks: { afterError: [answerMalformedQueries] },
  // An anonymous read is capped lower still (src/cms/hooks/capApiReads.ts).
  maxDepth: 4,
  email: hubEmailAdapter,
  jobs: { tasks },
  editor: lexicalEditor(),
  db: databaseAdapter(),
  localization: {
    locales: locales.map((l) => ({ code: l.code, label: l.label, rtl: l.dir === 'rtl' })),
    defaultLocale,
    fallback: true,
  },
  // The back office speaks every hub language Payload has a translation for; any other falls back to the default.
  i18n: {
    supportedLanguages: Object.fromEntries(localeCodes.flatMap((code) => (code in adminLanguages ? [[code, adminLanguages[code as keyof typeof adminLanguages]]] : []))),
    fallbackLanguage: defaultLocale,
  },
  upload: { limits: { fileSize: 10 * 1024 * 1024 } },
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve(/*turbopackIgnore: true*/ 'src/cms/payload-types.ts') },
}).then(restrictInternalCollections)
