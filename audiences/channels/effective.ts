import { z } from 'zod'
import {
  GenderSchema,
  GeoItemSchema,
  PresenceSchema,
  TermSchema,
  type GeoItem,
  type Term,
} from '../model/audience-schema.js'

const Percentile = z.number().min(0).max(100)

// What a channel will really target for one criterion it approximated (docs/adr/0008-channel-truth.md). Exact items
// carry none (the criterion as written); unsupported and unresolved items carry none (dropped: they narrow nothing).
export const EffectiveSchema = z
  .discriminatedUnion('kind', [
    z
      .strictObject({ kind: z.literal('places'), places: z.array(GeoItemSchema) })
      .meta({ description: 'The places the channel targets (or excludes) instead, e.g. circles; [] for none.' }),
    z.strictObject({ kind: z.literal('ages'), min: z.int().min(0), max: z.int().nullable() }).meta({
      description: 'The ages the channel delivers to, e.g. its brackets 25–64 for 30–60; null max: no limit.',
    }),
    z
      .strictObject({ kind: z.literal('nobody') })
      .meta({ description: 'The channel delivers to none of these people (e.g. Meta and under-18s in the EU).' }),
    z
      .strictObject({ kind: z.literal('genders'), genders: z.array(GenderSchema) })
      .meta({ description: 'The genders the channel targets; [] for all.' }),
    z
      .strictObject({ kind: z.literal('anyLanguage') })
      .meta({ description: 'The channel is not limited by language (another language could not be resolved).' }),
    z
      .strictObject({ kind: z.literal('presence'), presence: PresenceSchema })
      .meta({ description: 'Whom the channel counts as being in the places.' }),
    z
      .strictObject({
        kind: z.literal('term'),
        group: z.string().meta({
          description: 'The OR group the term lands in on the channel: terms of one group are ORed, groups are ANDed.',
        }),
        incomePercentiles: z
          .tuple([Percentile, Percentile])
          .optional()
          .meta({ description: 'An income tier widened to these national income percentiles, e.g. [0, 80].' }),
        reaches: z.array(z.string().min(1)).optional().meta({
          description:
            "The channel's own segments the term reached instead, by name, e.g. Technology Industry for CTOs.",
        }),
        sizedAs: z.array(TermSchema).optional().meta({
          description: 'The taxonomy terms that stand for those segments: the channel is sized by their shares.',
        }),
      })
      .meta({ description: 'An include term regrouped or widened by the channel.' }),
  ])
  .meta({ id: 'Effective', description: 'What the channel will target for an approximated criterion.' })
export type Effective = z.infer<typeof EffectiveSchema>

export const placesEffective = (places: GeoItem[]): Effective => ({ kind: 'places', places })
export const allGenders = (): Effective => ({ kind: 'genders', genders: [] })
export const agesEffective = (min: number, max: number | null): Effective => ({ kind: 'ages', min, max })
export const termEffective = (
  group: string,
  incomePercentiles?: readonly [number, number],
  reaches?: readonly string[],
  sizedAs?: readonly Term[],
): Effective => ({
  kind: 'term',
  group,
  ...(incomePercentiles && { incomePercentiles: [incomePercentiles[0], incomePercentiles[1]] }),
  ...(reaches && reaches.length > 0 && { reaches: [...reaches] }),
  ...(sizedAs && sizedAs.length > 0 && { sizedAs: [...sizedAs] }),
})
