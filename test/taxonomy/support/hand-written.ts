import { TAXONOMY_PARTS } from '../../../audiences/index.js'
import interests from '../../../audiences/taxonomy/data/terms-interests.json' with { type: 'json' }
import professions from '../../../audiences/taxonomy/data/terms-professions.json' with { type: 'json' }
import demographics from '../../../audiences/taxonomy/data/terms-demographics.json' with { type: 'json' }
import b2b from '../../../audiences/taxonomy/data/terms-b2b.json' with { type: 'json' }
import customers from '../../../audiences/taxonomy/data/terms-customers.json' with { type: 'json' }

export const HAND_WRITTEN_FILES = { interests, professions, demographics, b2b, customers }
const keys = new Set(Object.values(HAND_WRITTEN_FILES).flatMap((file) => file.map((entry) => entry.key)))

/** The shipped entries whose keys the hand-written terms-*.json files hold (an agency concept may extend them). */
export const handWrittenTerms = () => TAXONOMY_PARTS.terms.filter((t) => keys.has(t.key))
