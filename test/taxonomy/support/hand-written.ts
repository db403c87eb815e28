import { TermEntrySchema } from '../../../audiences/index.js'
import interests from '../../../audiences/taxonomy/data/terms-interests.json' with { type: 'json' }
import professions from '../../../audiences/taxonomy/data/terms-professions.json' with { type: 'json' }
import demographics from '../../../audiences/taxonomy/data/terms-demographics.json' with { type: 'json' }
import b2b from '../../../audiences/taxonomy/data/terms-b2b.json' with { type: 'json' }
import customers from '../../../audiences/taxonomy/data/terms-customers.json' with { type: 'json' }

export const HAND_WRITTEN_FILES = { interests, professions, demographics, b2b, customers }

/** The entries of the hand-written terms-*.json files as written (the shipped ones may be extended by concepts). */
export const handWrittenTerms = () =>
  Object.values(HAND_WRITTEN_FILES).flatMap((file) => file.map((entry) => TermEntrySchema.parse(entry)))
