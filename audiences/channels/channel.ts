import { z } from 'zod'
import type { FlatAudience } from '../model/flat-audience.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { EffectiveSchema } from './effective.js'

export const CHANNEL_IDS = ['google', 'facebook', 'instagram', 'linkedin'] as const
export const ChannelIdSchema = z.enum(CHANNEL_IDS)
export type ChannelId = z.infer<typeof ChannelIdSchema>

export const FidelityStatusSchema = z.enum(['exact', 'approximated', 'unsupported', 'unresolved'])
export type FidelityStatus = z.infer<typeof FidelityStatusSchema>

export const FidelityItemSchema = z.strictObject({
  path: z.array(z.union([z.string(), z.number()])),
  criterion: z.string(),
  status: FidelityStatusSchema,
  code: z.string().meta({ description: 'Stable reason code, e.g. age_widened, criterion_unsupported.' }),
  message: z.string(),
  effective: EffectiveSchema.optional().meta({
    description: 'For an approximated criterion: what the channel will really target (sizes follow it).',
  }),
})
export type FidelityItem = z.infer<typeof FidelityItemSchema>

export const FidelityLevelSchema = z.enum(['exact', 'approximate', 'lossy'])
export type FidelityLevel = z.infer<typeof FidelityLevelSchema>

export const FidelitySchema = z.strictObject({ level: FidelityLevelSchema, items: z.array(FidelityItemSchema) })
export type Fidelity = z.infer<typeof FidelitySchema>

export const PolicyFindingSchema = z.strictObject({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string().meta({ description: 'What the rule is and what to do about it.' }),
  path: z.array(z.union([z.string(), z.number()])).optional(),
  source: z.string().optional().meta({ description: 'Where the rule is documented.' }),
})
export type PolicyFinding = z.infer<typeof PolicyFindingSchema>

export type CompileResult<Spec> = { spec: Spec; fidelity: Fidelity; policy: PolicyFinding[] }

// What a channel can express, declared as data so shared code asks capabilities, never channel names.
export type Capabilities = {
  ageBrackets: 'any' | readonly (readonly [number, number | null])[]
  minAge: number
  genders: boolean
  radius: boolean
  postalCodes: boolean
  exclusions: boolean
  incomeTiers: boolean
  // Countries where the channel delivers nothing to people under 18, whatever the targeting says.
  adultsOnlyIn: readonly string[]
}

// Compilers receive an audience already validated and flattened with its parents (flat-audience.ts).
export interface ChannelCompiler<Spec> {
  channel: ChannelId
  capabilities: Capabilities
  compile(audience: FlatAudience, taxonomy: Taxonomy): CompileResult<Spec>
}
