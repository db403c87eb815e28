import type { IssuePath } from '../../errors.js'
import type { Gender } from '../../model/audience-schema.js'
import type { FlatAudience } from '../../model/flat-audience.js'
import type { Taxonomy } from '../../taxonomy/taxonomy.js'
import { compileAge } from './linkedin-age.js'
import { lookupFor } from './linkedin-facets.js'
import { verdict, type Verdict } from './linkedin-verdict.js'

export type CompiledDemographics = {
  ageRanges: string[]
  genders: string[]
  interfaceLocales: string[]
  ageUnreachable: boolean
  verdicts: [IssuePath, Verdict][]
}

// platforms.md §3.6: urn:li:gender:FEMALE, urn:li:gender:MALE.
const GENDER_URNS: Record<Gender, string> = { female: 'urn:li:gender:FEMALE', male: 'urn:li:gender:MALE' }
const ALL_GENDERS = Object.keys(GENDER_URNS).length

function compileGenders(genders: Gender[]): { urns: string[]; verdict: Verdict } {
  // Naming every gender would drop members whose gender LinkedIn does not know, so "all" emits no filter.
  if (genders.length === 0 || genders.length === ALL_GENDERS)
    return { urns: [], verdict: verdict('exact', 'genders_all', 'All genders: LinkedIn gets no gender filter.') }
  const urns = genders.map((g) => GENDER_URNS[g])
  return { urns, verdict: verdict('exact', 'genders_exact', `LinkedIn genders ${urns.join(', ')}.`) }
}

function compileLanguage(code: string, taxonomy: Taxonomy): { urn: string | null; verdict: Verdict } {
  const entry = taxonomy.languages.get(code)
  const mapping = entry?.channels.linkedin
  const name = entry?.labels.en ?? code
  if (mapping?.target === 'interfaceLocales' && mapping.id !== null)
    return {
      urn: mapping.id,
      verdict: verdict('exact', 'language_exact', `${name} is LinkedIn interface locale ${mapping.id}.`),
    }
  if (mapping?.fallback?.kind === 'unsupported')
    return {
      urn: null,
      verdict: verdict('unsupported', 'language_unsupported', `${name}: ${mapping.fallback.reason}.`),
    }
  const query = mapping?.fallback?.kind === 'lookup' ? mapping.fallback.query : name
  const message = `${name} has no confirmed LinkedIn interface-locale URN (LinkedIn targets the language of the member's LinkedIn interface, not the languages they speak), so no interface locale is sent and the campaign is not limited by language: look it up with ${lookupFor('interfaceLocales', query)}.`
  return { urn: null, verdict: verdict('unresolved', 'language_urn_unknown', message) }
}

type Language = { path: IssuePath; urn: string | null; verdict: Verdict }

// Interface locales narrow the audience: send them only when every language has one, or the members using the
// missing ones are lost (the same rule as Google's languages and Meta's locales).
function withheld(languages: Language[]): Language[] {
  const missing = languages.filter((l) => l.urn === null)
  if (missing.length === 0) return languages
  return languages.map((l) =>
    l.urn === null
      ? l
      : {
          path: l.path,
          urn: null,
          verdict: verdict(
            'approximated',
            'language_withheld',
            `${l.verdict.message.replace(/\.$/, '')}, but it was left out because another language has no interface locale: the campaign is not limited by language.`,
            { kind: 'anyLanguage' },
          ),
        },
  )
}

/** Compiles age, genders and languages into LinkedIn's include-only facets. */
export function compileDemographics(
  flat: FlatAudience,
  taxonomy: Taxonomy,
  dsaMinAge: number | null,
): CompiledDemographics {
  const age = compileAge(flat.age.value, dsaMinAge)
  const genders = compileGenders(flat.genders.value)
  const languages = withheld(flat.languages.map((l) => ({ path: l.path, ...compileLanguage(l.value, taxonomy) })))
  return {
    ageRanges: age.urns,
    genders: genders.urns,
    interfaceLocales: [...new Set(languages.flatMap((l) => (l.urn === null ? [] : [l.urn])))],
    ageUnreachable: age.unreachable,
    verdicts: [
      [flat.age.path, age.verdict],
      [flat.genders.path, genders.verdict],
      ...languages.map((l): [IssuePath, Verdict] => [l.path, l.verdict]),
    ],
  }
}
