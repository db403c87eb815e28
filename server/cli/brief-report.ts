import type { BriefParseResult, BriefTerm, Recognized } from '../../audiences/briefs/index.js'

const describe = (t: BriefTerm): string => {
  switch (t.kind) {
    case 'term':
      return `${t.facet} ${t.value} (${t.label})`
    case 'geo':
    case 'geoGroup':
    case 'age':
    case 'gender':
    case 'language':
      return `${t.kind} ${t.label}`
    case 'dimension':
      return `names ${t.dimension}`
    case 'distance':
      return `radius ${t.km} km`
    case 'special':
      return `special ad category ${t.category}`
    case 'exclusion':
    case 'stopword':
    case 'name':
      return t.kind
  }
}

const line = (r: Recognized): string =>
  `  ${JSON.stringify(r.text)} → ${describe(r.term)}${r.excluded ? ' [excluded]' : ''}` +
  (r.alternatives ? ` (or: ${r.alternatives.map(describe).join('; ')})` : '')

/** A plain-text reading of a parse for the terminal (`kohde brief`): what became what, what was not understood. */
export function formatBriefReport(result: BriefParseResult): string {
  const { audience } = result
  const shown = result.recognized.filter((r) => r.term.kind !== 'stopword')
  return [
    `Draft audience: ${audience.name} (${audience.locale})`,
    `  age ${audience.age.min}–${audience.age.max ?? ''}, genders ${audience.genders.join(', ') || 'all'}, ` +
      `${audience.geo.include.length} place(s) in, ${audience.geo.exclude.length} out, ` +
      `${audience.include.length} AND group(s), ${audience.exclude.length} excluded term(s)`,
    'Understood:',
    ...(shown.length > 0 ? shown.map(line) : ['  (nothing)']),
    'Not understood:',
    ...(result.unrecognized.length > 0
      ? result.unrecognized.map((u) => `  ${JSON.stringify(u.text)}`)
      : ['  (nothing)']),
    ...(result.notes.length > 0 ? ['Notes:', ...result.notes.map((n) => `  ${n.code}: ${n.message}`)] : []),
  ].join('\n')
}
