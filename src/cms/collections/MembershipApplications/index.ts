import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff } from '../../access'
import { actOnApplicationStatus } from '../../hooks/actOnApplicationStatus'
import { common, groups, l } from '../../labels'

export const applicationStatuses = ['received', 'under-review', 'approved', 'declined'] as const

const statusLabels = {
  received: l('Received', 'Reçue', 'مستلم'),
  'under-review': l('Under review', 'En cours d’examen', 'قيد الدراسة'),
  approved: l('Approved', 'Acceptée', 'مقبول'),
  declined: l('Declined', 'Refusée', 'مرفوض'),
} satisfies Record<(typeof applicationStatuses)[number], unknown>

/** "Become a member city" applications: personal data, so network staff only. */
export const MembershipApplications: CollectionConfig = {
  slug: 'membership-applications',
  labels: {
    singular: l('Membership application', 'Demande d’adhésion', 'طلب عضوية'),
    plural: l('Membership applications', 'Demandes d’adhésion', 'طلبات العضوية'),
  },
  admin: { useAsTitle: 'cityName', group: groups.inbox, defaultColumns: ['cityName', 'country', 'status', 'createdAt'] },
  access: { read: isStaff, create: () => false, update: isStaff, delete: isAdmin },
  hooks: { afterChange: [actOnApplicationStatus] },
  fields: [
    {
      name: 'status',
      label: common.status,
      type: 'select',
      required: true,
      defaultValue: 'received',
      options: applicationStatuses.map((v) => ({ value: v, label: statusLabels[v] })),
      admin: {
        position: 'sidebar',
        description: l(
          'The applicant is emailed at every change. Approving creates a draft city profile and invites the focal point.',
          'Le demandeur reçoit un e-mail à chaque changement. L’acceptation crée un brouillon de fiche ville et invite le point focal.',
          'يتلقى مقدّم الطلب رسالة بريد إلكتروني عند كل تغيير. تؤدي الموافقة إلى إنشاء مسودة لملف المدينة ودعوة جهة الاتصال.',
        ),
      },
    },
    {
      name: 'notes',
      label: common.notes,
      type: 'textarea',
      admin: { position: 'sidebar', description: l('For staff; never sent.', 'Pour l’équipe ; jamais envoyé.', 'للفريق فقط؛ لا تُرسل أبدًا.') },
    },
    { name: 'city', label: l('City profile', 'Fiche ville', 'ملف المدينة'), type: 'relationship', relationTo: 'cities', admin: { position: 'sidebar', readOnly: true } },
    { name: 'cityName', label: l('City', 'Ville', 'المدينة'), type: 'text', required: true, admin: { readOnly: true } },
    { name: 'country', label: common.country, type: 'relationship', relationTo: 'countries', required: true, admin: { readOnly: true } },
    { name: 'population', label: common.population, type: 'number', admin: { readOnly: true } },
    {
      type: 'collapsible',
      label: common.people,
      fields: [
        { name: 'applicantName', label: l('Applicant', 'Demandeur', 'مقدّم الطلب'), type: 'text', required: true, admin: { readOnly: true } },
        { name: 'applicantRole', label: l('Applicant’s role', 'Fonction du demandeur', 'وظيفة مقدّم الطلب'), type: 'text', required: true, admin: { readOnly: true } },
        { name: 'applicantEmail', label: l('Applicant’s email', 'E-mail du demandeur', 'البريد الإلكتروني لمقدّم الطلب'), type: 'email', required: true, admin: { readOnly: true } },
        { name: 'applicantPhone', label: l('Applicant’s phone', 'Téléphone du demandeur', 'هاتف مقدّم الطلب'), type: 'text', admin: { readOnly: true } },
        { name: 'leaderName', label: l('Mayor or leader', 'Maire ou dirigeant', 'رئيس البلدية أو القائد المحلي'), type: 'text', required: true, admin: { readOnly: true } },
        { name: 'leaderRole', label: l('Leader’s title', 'Fonction du dirigeant', 'منصب القائد'), type: 'text', required: true, admin: { readOnly: true } },
        { name: 'focalPointName', label: l('Focal point', 'Point focal', 'جهة الاتصال'), type: 'text', required: true, admin: { readOnly: true } },
        {
          name: 'focalPointEmail',
          label: l('Focal point’s email', 'E-mail du point focal', 'البريد الإلكتروني لجهة الاتصال'),
          type: 'email',
          required: true,
          admin: { readOnly: true },
        },
      ],
    },
    { name: 'motivation', label: l('Motivation', 'Motivation', 'الدافع'), type: 'textarea', required: true, admin: { readOnly: true } },
    { name: 'preventionWork', label: l('Prevention work', 'Travail de prévention', 'أعمال الوقاية'), type: 'textarea', required: true, admin: { readOnly: true } },
    { name: 'locale', label: common.locale, type: 'text', required: true, admin: { readOnly: true } },
  ],
}
