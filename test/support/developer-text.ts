// Finds developer text in what a person reads: a page's visible text, a PDF's text lines. The rules of the house
// (GUIDE, style.md): no file names, field paths, rule ids, seed labels, and on a Finnish or Swedish page no English.
// Shared by the client-deliverable tests and any other page test (issue 18).

export type DeveloperTextFinding = { kind: string; text: string }

type Language = 'fi' | 'sv' | 'en'

// Each pattern is something no reader should meet; the kind names it in a failing test's message.
const PATTERNS: readonly { kind: string; pattern: RegExp }[] = [
  // planning-science.md, platforms.md, seed.json, kohde.ts: a file in the repository.
  { kind: 'file name', pattern: /\b[\w-]+\.(?:md|ts|js|json|yaml|yml|csv|hbs)\b/gi },
  // lines.0.ctr, lines[2].budget: a field path into a request.
  { kind: 'field path', pattern: /\b[a-z][A-Za-z]*(?:\.\d+|\[\d+\])(?:\.[a-zA-Z]\w*)+/g },
  // reach.facebook.FI, rate.linkedin.cpm, population.people, fee.google: an assumption's factor id.
  {
    kind: 'factor id',
    pattern:
      /\b(?:reach|rate|rateCard|fee|share|population|universe|lines|guidance|reachModel|audienceSize)\.[a-zA-Z]\w*(?:\.\w+)*/g,
  },
  // meta.teen_targeting, google.sensitive-category: a rule id; title.ceo: a vocabulary key in a parenthesis.
  { kind: 'rule id', pattern: /\b[a-z]+(?:\.[a-z]+)*[._][a-z]+_[a-z_]+\b/g },
  { kind: 'code in parentheses', pattern: /\((?:[a-z]+[._])+[a-z_]+\)/g },
  // "seed 003", "seed-002": a demo or fixture label.
  { kind: 'seed label', pattern: /\bseed[\s_-]?\d{2,}\b/gi },
  // §1.13: a section sign pointing into a design document.
  { kind: 'document section', pattern: /§\s?\d+(?:\.\d+)*/g },
]

// Tell-tale English words: common in English sentences and absent from Finnish and Swedish (so "plan", "budget",
// "reach" and channel names, which Swedish or Finnish share or keep, are not on it).
const ENGLISH_WORDS = [
  'the',
  'of',
  'and',
  'with',
  'from',
  'which',
  'request',
  'assumption',
  'people',
  'largest',
  'every',
  'estimated',
  'matching',
  'returns',
  'diminishing',
  'effective',
  'frequency',
  'rate card',
  'fee',
  'benchmarks',
  'users',
  'should',
  'could',
  'this',
  'that',
  'your',
  'please',
]
const ENGLISH = new RegExp(`\\b(?:${ENGLISH_WORDS.join('|').replace(/ /g, '\\s')})\\b`, 'gi')

/** Every piece of developer text in `text`; for fi and sv also English words from the tell-tale list. */
export function findDeveloperText(text: string, language: Language): DeveloperTextFinding[] {
  const found: DeveloperTextFinding[] = []
  for (const { kind, pattern } of PATTERNS)
    for (const m of text.matchAll(pattern)) found.push({ kind, text: contextOf(text, m.index, m[0].length) })
  if (language !== 'en')
    for (const m of text.matchAll(ENGLISH))
      found.push({ kind: `English word "${m[0]}"`, text: contextOf(text, m.index, m[0].length) })
  return found
}

// A few words either side, so a failing test shows where the text came from.
function contextOf(text: string, at: number, length: number): string {
  return text
    .slice(Math.max(0, at - 30), at + length + 30)
    .replace(/\s+/g, ' ')
    .trim()
}

/** The text a person reads on an HTML page: no tags, scripts, styles or attribute values; entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}
