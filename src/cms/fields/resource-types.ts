export const resourceTypes = ['case-study', 'guide', 'toolkit', 'report', 'policy-document', 'position-paper', 'video', 'training-material'] as const

export type ResourceType = (typeof resourceTypes)[number]
