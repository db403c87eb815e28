import { z } from 'zod'
import { isLocale, LocaleSchema } from '../i18n/locale.js'
import { AGENCY_ROLES } from '../auth/principal.js'
import { agencyTaxonomy } from '../connectors/connections.js'
import { buildAudienceExportInput, buildPlanExportInput } from '../exports/export-input-build.js'
import {
  AudienceExportFormatSchema,
  audienceExport,
  PlanExportFormatSchema,
  planExport,
  planExportReaders,
} from '../exports/export-formats.js'
import { ReadershipSchema } from '../exports/export-readership.js'
import type { PdfBrand } from '../exports/pdf-export.js'
import type { Store } from '../store/store.js'
import type { Scope } from '../store/store-types.js'
import type { StoredPlan } from '../store/plan-records.js'
import type { AppDeps } from './route-table.js'
import type { Locale } from '../i18n/locale.js'
import type { Readership } from '../exports/export-readership.js'
import type { PlanExportFormat } from '../exports/export-formats.js'
import { audiencesOf } from './plan-estimate.js'
import type { StoredPlanLine } from './plan-schemas.js'
import { presentGrossPlan } from './plan-gross.js'
import { presentPlan } from './plan-write.js'
import { defineRoute } from './route-table.js'
import { callerOf, found, idOf } from './stored-objects.js'

const PLAN_MEDIA = ['application/json', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']
const FILE = z.string().meta({ description: 'The file, as a download.' })

// audience=client on a format made only for the agency is refused at the field, not silently ignored.
const PlanExportQuerySchema = z
  .strictObject({
    format: PlanExportFormatSchema,
    audience: ReadershipSchema.optional(),
    lang: LocaleSchema.optional().meta({
      description:
        "The language of the file's text (PDF, XLSX): the page's language the download was started from. Default: " +
        "the caller's saved language, else the audience's.",
    }),
  })
  .superRefine((query, ctx) => {
    const readers = planExportReaders(query.format)
    if (query.audience && !readers.includes(query.audience))
      ctx.addIssue({
        code: 'custom',
        path: ['audience'],
        message: `${query.format} is made for: ${readers.join(', ')} (xlsx and pdf have a client variant)`,
      })
  })

// Lines name their audience in exports, so two audiences with one name get their id appended.
async function exportAudiences(store: Store, scope: Scope, clientId: string, lines: readonly StoredPlanLine[]) {
  const audiences = await audiencesOf(store, scope, clientId, lines)
  const counts = new Map<string, number>()
  for (const a of audiences.values()) counts.set(a.name, (counts.get(a.name) ?? 0) + 1)
  const named = [...audiences].map(([id, definition]) => ({
    id,
    name: (counts.get(definition.name) ?? 0) > 1 ? `${definition.name} (${id.slice(0, 8)})` : definition.name,
    definition,
  }))
  return { named, nameOf: new Map(named.map((a) => [a.id, a.name])) }
}

/** The agency's name and logo for a PDF's header (issue 18). */
export async function brandOf(store: Store, agencyId: string): Promise<PdfBrand | undefined> {
  const agency = await store.agencies.get(agencyId)
  if (!agency) return undefined
  return { agencyName: agency.name, logo: (await store.agencies.logo(agencyId))?.bytes ?? null }
}

type FileRequest = { format: PlanExportFormat; audience?: Readership | undefined; locale?: Locale | undefined }

/** A plan's file for a reader in a language: the export route's, and the client page's PDF download (issue 18). */
export async function planFileOf(deps: AppDeps, scope: Scope, stored: StoredPlan, request: FileRequest) {
  const { store } = deps
  const taxonomy = await agencyTaxonomy(deps, scope.agencyId)
  // A client variant (the PDF, the XLSX unless audience=internal) reads gross prices only (ADR 0010); the
  // planner's files keep net media and fee.
  const reader = request.audience ?? planExportReaders(request.format)[0]
  const plan = reader === 'client' ? presentGrossPlan(stored) : presentPlan(stored)
  const client = found(await store.clients.get(scope, plan.clientId), 'client')
  const { named, nameOf } = await exportAudiences(store, scope, plan.clientId, plan.lines)
  const lines = plan.lines.map(({ audienceId, ...line }) => ({ ...line, audienceName: nameOf.get(audienceId)! }))
  const source = {
    planName: plan.name,
    clientName: client.name,
    locale: request.locale,
    lines,
    estimate: plan.estimate,
    audiences: named,
  }
  const brand = request.format === 'pdf' ? await brandOf(store, scope.agencyId) : undefined
  return planExport(request.format, buildPlanExportInput(source, taxonomy), request.audience, brand)
}

export const exportRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/v1/plans/:id/export',
    summary:
      'Download a plan: JSON bundle, lines CSV, XLSX media plan, Google Ads Editor CSV (+ notes) or the PDF estimate; ' +
      'XLSX and PDF are for the client unless audience=internal (the client variant has no rates or source notes)',
    tags: ['plans', 'exports'],
    auth: AGENCY_ROLES,
    query: PlanExportQuerySchema,
    responses: {
      200: {
        description: 'The file, with Content-Disposition.',
        schema: FILE,
        mediaTypes: [...PLAN_MEDIA, 'application/pdf', 'text/plain'],
      },
    },
    errors: ['not_found'],
    handle: async (input, deps) => {
      const { scope } = callerOf(input)
      const stored = found(await deps.store.plans.get(scope, idOf(input.params)), 'plan')
      // The reader's language, not the plan's: whoever downloads reads the file (issue 18).
      const saved = input.principal?.user.locale
      const locale = input.query.lang ?? (isLocale(saved) ? saved : undefined)
      const { format, audience } = input.query
      return { status: 200, file: await planFileOf(deps, scope, stored, { format, audience, locale }) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/v1/audiences/:id/export',
    summary: "Download an audience's targeting: every channel's spec as JSON, or Google Ads Editor CSV (+ notes)",
    tags: ['audiences', 'exports'],
    auth: AGENCY_ROLES,
    query: z.strictObject({ format: AudienceExportFormatSchema.default('json') }),
    responses: {
      200: {
        description: 'The file, with Content-Disposition.',
        schema: FILE,
        mediaTypes: ['application/json', 'text/csv', 'text/plain'],
      },
    },
    errors: ['not_found'],
    handle: async (input, deps) => {
      const { scope } = callerOf(input)
      const audience = found(await deps.store.audiences.resolved(scope, idOf(input.params)), 'audience')
      const taxonomy = await agencyTaxonomy(deps, scope.agencyId)
      const file = audienceExport(
        input.query.format,
        buildAudienceExportInput({ name: audience.name, definition: audience }, taxonomy),
      )
      return { status: 200, file }
    },
  }),
]
