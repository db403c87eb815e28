import { z } from 'zod'
import { ChannelIdSchema, PlanEstimateSchema, PlatformSchema } from '../../audiences/index.js'
import { GoogleCredentialsSchema, LinkedInCredentialsSchema, MetaCredentialsSchema } from './connector-config.js'
import { LiveEstimateSchema } from './live-result.js'

const ProblemSchema = z.strictObject({
  code: z.string().meta({
    description:
      'secret_key_missing, credentials_unreadable, env_missing, env_invalid, linkedin_version_near_sunset or linkedin_version_sunset.',
  }),
  message: z.string(),
})

export const ConnectorStatusSchema = z
  .strictObject({
    platform: PlatformSchema,
    name: z.string(),
    configured: z
      .enum(['stored', 'env', 'off'])
      .meta({ description: "The agency's own stored credentials, the server's KOHDE_* variables, or none." }),
    account: z.string().nullable().meta({ description: 'The ad account the connector speaks for (not a secret).' }),
    updatedBy: z.string().nullable().meta({ description: 'Who stored the credentials (stored only).' }),
    updatedAt: z.iso.datetime().nullable(),
    problems: z.array(ProblemSchema),
    apiVersion: z
      .strictObject({
        version: z.string(),
        sunsetOn: z.iso.date().meta({ description: 'Estimated: the 15th of its month a year after release.' }),
        daysLeft: z.int(),
        state: z.enum(['supported', 'near_sunset', 'sunset']),
      })
      .nullable()
      .meta({
        description: 'LinkedIn: the API version in use and its sunset; null for the other platforms or when off.',
      }),
    lastResolve: z
      .strictObject({
        at: z.iso.datetime(),
        by: z.string().nullable(),
        outcome: z.enum(['stored', 'nothing_stored', 'aborted']),
        stored: z.int().nonnegative(),
        message: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'ConnectorStatus', description: 'A platform connector of the agency; never holds a secret.' })
export type ConnectorStatus = z.infer<typeof ConnectorStatusSchema>

export const ConnectorStatusListSchema = z
  .strictObject({ items: z.array(ConnectorStatusSchema), secretKey: z.boolean() })
  .meta({ id: 'ConnectorStatusList' })

export const CredentialsBodySchema = z
  .union([GoogleCredentialsSchema, MetaCredentialsSchema, LinkedInCredentialsSchema])
  .meta({
    id: 'PlatformCredentials',
    description:
      'Google Ads: developerToken, clientId, clientSecret, refreshToken, customerId, loginCustomerId?. ' +
      'Meta: accessToken, adAccountId. LinkedIn: accessToken, adAccountId, version?. Stored sealed; never returned.',
  })

export const ResolveRequestSchema = z
  .strictObject({
    platforms: z.array(PlatformSchema).min(1).optional().meta({ description: 'Default: every connected platform.' }),
    keyPrefix: z.string().max(100).optional().meta({ description: 'Only taxonomy keys starting so, e.g. geo.fi.' }),
    limit: z
      .int()
      .min(1)
      .max(2000)
      .default(200)
      .meta({ description: 'Lookups in this run; `remaining` says how many are left for the next.' }),
    recheck: z.boolean().default(false).meta({ description: 'Look stored identifiers up again (conflicts reported).' }),
    dryRun: z.boolean().default(false),
  })
  .meta({ id: 'ResolveRequest' })
export type ResolveRequest = z.infer<typeof ResolveRequestSchema>

const FailureSchema = z.strictObject({
  platform: PlatformSchema,
  kind: z.enum(['transient', 'user_fixable', 'bug']),
  code: z.string().meta({ description: 'token_expired, permission_missing, parameter_invalid, rate_limited, …' }),
  platformCode: z.string().meta({ description: "The platform's own error code, e.g. 190/463." }),
  message: z.string().meta({ description: 'What happened and what to do, in plain words.' }),
})

export const ResolveReportSchema = z
  .strictObject({
    status: z.enum(['stored', 'nothing_to_store', 'dry_run', 'aborted']),
    date: z.iso.date(),
    stored: z.int().nonnegative(),
    items: z.array(
      z.looseObject({
        key: z.string(),
        platform: PlatformSchema,
        target: z.string(),
        query: z.string(),
        status: z.enum([
          'resolved',
          'conflict',
          'unchanged',
          'kept',
          'ambiguous',
          'not_found',
          'not_deliverable',
          'manual',
          'platform_off',
        ]),
      }),
    ),
    remaining: z.int().nonnegative(),
    failure: z
      .strictObject({
        key: z.string(),
        platform: PlatformSchema,
        lookedUp: z.int().nonnegative(),
        error: FailureSchema,
      })
      .nullable()
      .meta({ description: 'Where an aborted run stopped; nothing was written.' }),
    text: z.string().meta({ description: 'The report as `kohde resolve` prints it.' }),
  })
  .meta({ id: 'ResolveReport' })
export type ResolveReportView = z.infer<typeof ResolveReportSchema>

// A platform that was not asked, and why.
const SkippedSchema = z.strictObject({
  platform: PlatformSchema,
  code: z
    .enum(['not_connected', 'spec_incomplete', 'keywords_missing', 'campaign_missing'])
    .meta({ description: 'Why the platform was not asked, as a stable code.' }),
  reason: z.string(),
})
export type Skipped = z.infer<typeof SkippedSchema>

export const LiveEstimatesRequestSchema = z
  .strictObject({
    channels: z.array(ChannelIdSchema).min(1).optional().meta({ description: 'Default: every channel.' }),
    budget: z.number().positive().max(1e7).default(1000).meta({ description: 'Euros per channel for the flight.' }),
    flightDays: z.int().min(1).max(365).default(30),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .default('EUR')
      .meta({ description: "The ad accounts' currency." }),
    google: z
      .strictObject({
        keywords: z.array(z.string().min(1).max(80)).min(1).max(50),
        maxCpc: z.number().positive().max(1000).meta({ description: 'Euros; the forecast bids this much.' }),
      })
      .optional()
      .meta({ description: "Google's forecast is for search keywords: without them Google is skipped." }),
    meta: z
      .strictObject({
        optimizationGoal: z
          .string()
          .regex(/^[A-Z_]+$/)
          .optional(),
      })
      .optional(),
  })
  .meta({ id: 'LiveEstimatesRequest' })
export type LiveEstimatesRequest = z.infer<typeof LiveEstimatesRequestSchema>

export const LiveOutcomeSchema = z.union([
  z.strictObject({ platform: PlatformSchema, ok: z.literal(true), estimates: z.array(LiveEstimateSchema) }),
  z.strictObject({ platform: PlatformSchema, ok: z.literal(false), error: FailureSchema }),
])

export const LiveEstimatesResponseSchema = z
  .strictObject({
    audienceId: z.string(),
    date: z.iso.date().meta({ description: 'When the live estimates were asked for.' }),
    offline: PlanEstimateSchema.meta({ description: "kohde's own estimate for the same channels and budget." }),
    live: z.array(LiveOutcomeSchema).meta({ description: "Each connected platform's own estimates, or its error." }),
    skipped: z.array(SkippedSchema),
  })
  .meta({ id: 'LiveEstimatesResponse' })
export type LiveEstimatesResponse = z.infer<typeof LiveEstimatesResponseSchema>

export const MetaCampaignIdSchema = z
  .string()
  .regex(/^[0-9]{1,30}$/)
  .meta({ description: 'An existing campaign of the ad account: Meta checks an ad set inside a campaign.' })

export const PlatformCheckRequestSchema = z
  .strictObject({
    channels: z.array(ChannelIdSchema).min(1).optional().meta({ description: 'Default: every channel.' }),
    meta: z
      .strictObject({
        campaignId: MetaCampaignIdSchema,
        dailyBudget: z.number().positive().max(1e6).default(10).meta({ description: "Euros; the checked ad set's." }),
        optimizationGoal: z
          .string()
          .regex(/^[A-Z_]+$/)
          .optional(),
      })
      .optional()
      .meta({ description: 'Without it Meta is skipped (campaign_missing).' }),
  })
  .meta({ id: 'PlatformCheckRequest' })
export type PlatformCheckRequest = z.infer<typeof PlatformCheckRequestSchema>

const CheckOutcomeSchema = z.union([
  z.strictObject({
    platform: PlatformSchema,
    ok: z.literal(true),
    account: z.string(),
    date: z.iso.date(),
    valid: z.boolean().meta({ description: 'The platform accepted the targeting (nothing was created).' }),
    problems: z.array(
      z.strictObject({ platformCode: z.string(), message: z.string(), location: z.string().optional() }),
    ),
    notes: z.array(z.string()).optional(),
  }),
  z.strictObject({ platform: PlatformSchema, ok: z.literal(false), error: FailureSchema }),
])

export const PlatformCheckResponseSchema = z
  .strictObject({
    audienceId: z.string(),
    date: z.iso.date(),
    checks: z
      .array(CheckOutcomeSchema)
      .meta({ description: "Each connected platform's verdict on the compiled spec, or its error." }),
    skipped: z.array(SkippedSchema),
  })
  .meta({ id: 'PlatformCheckResponse' })
export type PlatformCheckResponse = z.infer<typeof PlatformCheckResponseSchema>
