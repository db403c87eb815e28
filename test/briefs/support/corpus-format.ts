import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'

// The brief corpus of issue 15: one YAML file per language in a folder per part (test/fixtures/brief-corpus/README.md).
export const CORPUS_ROOT = join(import.meta.dirname, '../../fixtures/brief-corpus')
export const CORPUS_LANGS = ['fi', 'sv', 'en'] as const
export type CorpusLang = (typeof CORPUS_LANGS)[number]

export const CLASSES = [
  'radius',
  'negation',
  'colon',
  'generic',
  'size',
  'postal',
  'places',
  'coordination',
  'special',
  'freetext',
  'mixed',
] as const

const Spec = z.string().trim().min(1).max(300)
// YAML reads 18-40 as a string but -40 as a number: both are accepted.
const Age = z
  .union([z.string(), z.number()])
  .transform((a) => String(a).trim())
  .pipe(z.string().regex(/^(\d{1,3}-\d{1,3}|\d{1,3}\+|-\d{1,3})$/, 'an age: 30-50, 30+ or -40'))
const PlaceSpec = z.union([
  Spec,
  z.number().transform((n, ctx) => {
    ctx.addIssue({ code: 'custom', message: `quote postal codes ("${n}"): YAML drops their leading zeros` })
    return z.NEVER
  }),
])

export const CorpusEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/, 'an id like fi-001'),
  classes: z.array(z.enum(CLASSES)).default([]),
  text: z.string().min(1).max(20_000),
  name: z.string().trim().min(1).optional(),
  places: z.array(PlaceSpec).default([]),
  notPlaces: z.array(PlaceSpec).default([]),
  age: Age.optional(),
  genders: z.array(z.enum(['female', 'male'])).default([]),
  languages: z.array(z.string().regex(/^[a-z]{2}$/)).default([]),
  include: z.array(z.array(Spec).min(1)).default([]),
  exclude: z.array(Spec).default([]),
  special: z.enum(['housing', 'employment', 'financial', 'politics', 'gambling']).optional(),
  free: z.array(Spec.regex(/^~/, 'free-text expectations start with ~')).default([]),
  comment: z.string().optional(),
})
export type CorpusEntry = z.infer<typeof CorpusEntrySchema> & { lang: CorpusLang; file: string }

/** The folder of a part: a name under test/fixtures/brief-corpus ("dev", "heldout") or a path. */
export function partDir(part: string): string {
  const named = join(CORPUS_ROOT, part)
  return existsSync(named) && statSync(named).isDirectory() ? named : part
}

/** Every brief of a part, checked against the format; an error names the file, the brief and the field. */
export function loadCorpusPart(part: string): CorpusEntry[] {
  const dir = partDir(part)
  if (!existsSync(dir)) throw new Error(`no corpus part "${part}" (looked for ${dir})`)
  const files = readdirSync(dir).filter((f) => /^(fi|sv|en)\.ya?ml$/.test(f))
  const entries: CorpusEntry[] = []
  const ids = new Set<string>()
  for (const file of files.sort()) {
    const lang = basename(file).slice(0, 2) as CorpusLang
    const raw: unknown = parseYaml(readFileSync(join(dir, file), 'utf8')) ?? []
    const list = z.array(z.unknown()).safeParse(raw)
    if (!list.success) throw new Error(`${file}: expected a list of briefs`)
    list.data.forEach((item, i) => {
      const parsed = CorpusEntrySchema.safeParse(item)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        throw new Error(`${file} brief #${i + 1}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`)
      }
      if (ids.has(parsed.data.id)) throw new Error(`${file}: the id ${parsed.data.id} is used twice`)
      ids.add(parsed.data.id)
      entries.push({ ...parsed.data, lang, file })
    })
  }
  return entries
}
