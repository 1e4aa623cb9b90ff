/**
 * The back office's own wording, in every language /admin speaks. Payload
 * picks the entry for the signed-in user's admin language; a validation
 * message or hook error picks it from the request with `say`.
 */
export const adminLanguages = ['en', 'fr', 'ar'] as const
export type AdminLanguage = (typeof adminLanguages)[number]
export type Wording = Record<AdminLanguage, string>

export function l(en: string, fr: string, ar: string): Wording {
  return { en, fr, ar }
}

/** The wording in the language of the request's back-office user (English for anyone else). */
export function say(wording: Wording, req: { i18n?: { language?: string } } | undefined): string {
  const language = req?.i18n?.language
  return language && language in wording ? wording[language as AdminLanguage] : wording.en
}

/** The sections of the back office's navigation. */
export const groups = {
  network: l('Network', 'Réseau', 'الشبكة'),
  content: l('Content', 'Contenus', 'المحتوى'),
  inbox: l('Inbox', 'Boîte de réception', 'البريد الوارد'),
  newsletter: l('Newsletter', 'Lettre d’information', 'النشرة الإخبارية'),
  administration: l('Administration', 'Administration', 'الإدارة'),
  vocabulary: l('Vocabulary', 'Vocabulaire', 'المصطلحات'),
  learning: l('Training', 'Formation', 'التدريب'),
}

/** Field labels that several collections share. */
export const common = {
  title: l('Title', 'Titre', 'العنوان'),
  name: l('Name', 'Nom', 'الاسم'),
  slug: l('Slug', 'Identifiant d’adresse', 'المعرّف في العنوان'),
  summary: l('Summary', 'Résumé', 'الملخص'),
  body: l('Text', 'Texte', 'النص'),
  url: l('Web address', 'Adresse web', 'عنوان الموقع'),
  link: l('Link', 'Lien', 'الرابط'),
  label: l('Label', 'Intitulé', 'التسمية'),
  heading: l('Heading', 'Titre de section', 'العنوان الفرعي'),
  text: l('Text', 'Texte', 'النص'),
  status: l('Status', 'Statut', 'الحالة'),
  notes: l('Notes', 'Notes', 'ملاحظات'),
  email: l('Email', 'Adresse e-mail', 'البريد الإلكتروني'),
  locale: l('Language', 'Langue', 'اللغة'),
  country: l('Country', 'Pays', 'البلد'),
  city: l('City', 'Ville', 'المدينة'),
  cities: l('Cities', 'Villes', 'المدن'),
  region: l('Region', 'Région', 'المنطقة'),
  regions: l('Regions', 'Régions', 'المناطق'),
  themes: l('Themes', 'Thèmes', 'المواضيع'),
  sectors: l('Sectors', 'Secteurs', 'القطاعات'),
  sector: l('Sector', 'Secteur', 'القطاع'),
  resources: l('Resources', 'Ressources', 'الموارد'),
  speakers: l('Speakers', 'Intervenants', 'المتحدثون'),
  people: l('People', 'Personnes', 'الأشخاص'),
  population: l('Population', 'Population', 'عدد السكان'),
  publishedOn: l('Published on', 'Publié le', 'تاريخ النشر'),
  sentAt: l('Sent at', 'Envoyé le', 'تاريخ الإرسال'),
  messageId: l('Message-ID', 'Message-ID', 'معرّف الرسالة (Message-ID)'),
  youngCities: l('Young Cities programme', 'Programme Young Cities', 'برنامج المدن الشابة'),
  startsAt: l('Starts', 'Début', 'البداية'),
  endsAt: l('Ends', 'Fin', 'النهاية'),
  startedOn: l('Started on', 'Commencé le', 'تاريخ البدء'),
  endedOn: l('Ended on', 'Terminé le', 'تاريخ الانتهاء'),
}

/** Messages our own validations return. */
export const messages = {
  requiredInDefaultLanguage: l('This field is required in the default language.', 'Ce champ est obligatoire dans la langue par défaut.', 'هذا الحقل مطلوب باللغة الافتراضية.'),
  slugFormat: l(
    'Use lower-case letters, digits and hyphens only.',
    'Utilisez uniquement des minuscules, des chiffres et des traits d’union.',
    'استخدم الأحرف اللاتينية الصغيرة والأرقام والشرطات فقط.',
  ),
  webAddress: l(
    'Enter a full web address starting with https://, http:// or mailto:.',
    'Saisissez une adresse complète commençant par https://, http:// ou mailto:.',
    'أدخل عنوانًا كاملًا يبدأ بـ https:// أو http:// أو mailto:.',
  ),
}
