import { l } from '../labels'

/** What the city editor's dashboard says, in each back-office language. */
export const dashboardWording = {
  yourCity: l('Your city', 'Votre ville', 'مدينتك'),
  yourCities: l('Your cities', 'Vos villes', 'مدنك'),
  lastReviewed: l('Last reviewed', 'Dernière révision', 'آخر مراجعة'),
  neverReviewed: l('Not reviewed yet', 'Pas encore révisée', 'لم تُراجع بعد'),
  missingTranslations: l('Narrative sections without a translation', 'Sections du récit sans traduction', 'أقسام السرد غير المترجمة'),
  allTranslated: l('Every narrative section is written in every language.', 'Chaque section du récit existe dans toutes les langues.', 'كل أقسام السرد مكتوبة بجميع اللغات.'),
  drafts: l('Drafts awaiting publication', 'Brouillons en attente de publication', 'مسودات بانتظار النشر'),
  noDrafts: l('None: the site shows your latest changes.', 'Aucun : le site montre vos dernières modifications.', 'لا توجد: يعرض الموقع آخر تغييراتك.'),
  savedOn: l('Saved on', 'Enregistré le', 'حُفظت في'),
  edit: l('Edit', 'Modifier', 'تعديل'),
  // French sets a (non-breaking) space before a colon.
  colon: l(': ', '\u00a0: ', ': '),
}
