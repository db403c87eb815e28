// LinkedIn industries (V1 codes) that lie inside one of Google's detailed-demographic industries, for the generated
// LinkedIn keys no agency concept stands for. Read by name from both imported tables, one by one: only where the
// LinkedIn industry is part of the Google one (Semiconductors → Technology Industry), never a neighbour by group code
// (LinkedIn's group "man" also holds Retail). Google's industry is broader, so each is an approximation.
import type { ChannelMapping } from '../../../audiences/taxonomy/taxonomy-schema.js'
import { googleMappingOf } from './google-vocabulary.js'
import type { GoogleCategoryRow, LinkedInRow } from './platform-tables.js'

const GOOGLE_INDUSTRY: Record<string, { id: string; industry: string }> = {
  tech: { id: '30023', industry: 'technology industry' },
  health: { id: '30022', industry: 'healthcare industry' },
  finance: { id: '30041', industry: 'financial industry' },
  education: { id: '30025', industry: 'education sector' },
  manufacturing: { id: '30026', industry: 'manufacturing industry' },
}

// LinkedIn code → the Google industry it is part of.
const PART_OF: Record<string, keyof typeof GOOGLE_INDUSTRY> = {
  '3': 'tech', // Computer Hardware
  '5': 'tech', // Computer Networking
  '7': 'tech', // Semiconductors
  '119': 'tech', // Wireless
  '125': 'health', // Alternative Medicine
  '139': 'health', // Mental Health Care
  '17': 'health', // Medical Devices
  '129': 'finance', // Capital Markets
  '45': 'finance', // Investment Banking
  '69': 'education', // Education Management
  '132': 'education', // E-Learning
  '117': 'manufacturing', // Plastics
  '146': 'manufacturing', // Packaging and Containers
  '62': 'manufacturing', // Railroad Manufacture
  '60': 'manufacturing', // Textiles
  '145': 'manufacturing', // Glass, Ceramics & Concrete
  '49': 'manufacturing', // Building Materials
}

/** The Google industry a LinkedIn industry row is part of, as an approximation; undefined for the others. */
export function googleIndustryOf(
  row: LinkedInRow,
  google: ReadonlyMap<string, GoogleCategoryRow>,
): ChannelMapping | undefined {
  const part = PART_OF[row.id]
  if (!part) return undefined
  const { id, industry } = GOOGLE_INDUSTRY[part]!
  const category = google.get(id)
  if (!category) throw new Error(`Google category ${id} is not in google-user-interests.csv`)
  return {
    ...googleMappingOf(category),
    approximation: `everyone Google counts as working in the ${industry}, not only in ${row.name}`,
  }
}
