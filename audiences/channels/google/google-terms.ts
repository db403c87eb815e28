import type { Term } from '../../model/audience-schema.js'
import { isTaxonomyKey } from '../../model/audience-validate.js'
import type { Located } from '../../model/flat-audience.js'
import { droppedCode } from '../../policy/eu-policy.js'
import type { GoogleContext } from './google-context.js'
import { compileMappedTerm } from './google-term-mapping.js'
import {
  dropped,
  fitsKeywordLimits,
  keywordMembers,
  segmentOf,
  targeted,
  urlMember,
  type TermCompiled,
} from './google-term-outcome.js'

function keywordTerm(text: string, excluded: boolean): TermCompiled {
  if (!fitsKeywordLimits(text))
    return dropped(
      'unsupported',
      'keyword_too_long',
      `"${text}" was dropped: Google keywords have at most 10 words and 80 characters`,
    )
  const message = excluded
    ? `"${text}" became a negative phrase-match keyword (Search campaigns)`
    : `"${text}" became a phrase-match keyword (Search campaigns)`
  return targeted('keyword', [{ keyword: { text, match_type: 'PHRASE' } }], 'keyword_phrase', message)
}

function freeTextTerm(term: Term): TermCompiled {
  if (term.facet === 'website')
    return segmentOf(
      [urlMember(term.value)],
      `${term.value} became a site in a custom segment: Google reaches people who browse sites like it, not only its visitors`,
    )
  if (term.facet === 'customerList')
    return dropped(
      'unresolved',
      'customer_list_not_uploaded',
      `Customer list "${term.value}" is not on Google yet: upload it as a Customer Match list and store its user list id`,
    )
  return segmentOf(
    keywordMembers([term.value]),
    `"${term.value}" is free text: it became a keyword of a custom segment, so Google reaches people who search for or browse about it`,
  )
}

/** What one include or exclude term becomes on Google, before groups are assembled. */
export function compileTerm(located: Located<Term>, ctx: GoogleContext, excluded: boolean): TermCompiled {
  const term = located.value
  const entry = isTaxonomyKey(term) ? ctx.taxonomy.term(term.value) : undefined
  const label = entry?.labels[ctx.flat.locale] ?? term.value
  const dsaCode = droppedCode(ctx.eu, located.path)
  if (dsaCode)
    return dropped(
      'unsupported',
      dsaCode,
      `${label} was removed: it profiles people by ${entry?.sensitive ?? 'a GDPR special category'}, which DSA Art. 26(3) forbids for ads in the EU`,
    )
  if (entry?.sensitive)
    return dropped(
      'unsupported',
      'google_sensitive_interest',
      `${label} was removed: Google's personalized-advertising policy forbids targeting by ${entry.sensitive}`,
    )
  if (term.facet === 'keyword') return keywordTerm(term.value, excluded)
  if (!entry) return freeTextTerm(term)
  return compileMappedTerm(entry, label, ctx)
}
