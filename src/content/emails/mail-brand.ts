import { createContext } from 'react'
import { DEFAULT_PRIMARY } from '../brand'

/** What of the network's brand a mail shows: its name on a band of its primary colour. No logo, since mails load no images. */
export type MailBrand = { networkName: string; primaryColour: string }

export const MailBrandContext = createContext<MailBrand>({ networkName: 'Strong Cities Network', primaryColour: DEFAULT_PRIMARY })
