import { l } from '../labels'

export const resourceTypes = ['case-study', 'guide', 'toolkit', 'report', 'policy-document', 'position-paper', 'video', 'training-material'] as const

export type ResourceType = (typeof resourceTypes)[number]

/** How the back office names each type; the public site has its own wording per language. */
export const resourceTypeLabels = {
  'case-study': l('Case study', 'Étude de cas', 'دراسة حالة'),
  guide: l('Guide', 'Guide', 'دليل'),
  toolkit: l('Toolkit', 'Boîte à outils', 'مجموعة أدوات'),
  report: l('Report', 'Rapport', 'تقرير'),
  'policy-document': l('Policy document', 'Document d’orientation', 'وثيقة سياسات'),
  'position-paper': l('Position paper', 'Prise de position', 'ورقة موقف'),
  video: l('Video', 'Vidéo', 'فيديو'),
  'training-material': l('Training material', 'Support de formation', 'مواد تدريبية'),
} satisfies Record<ResourceType, unknown>
