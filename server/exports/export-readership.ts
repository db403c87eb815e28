import { z } from 'zod'
import { translatorOf } from '../i18n/translate.js'
import { methodItems } from '../presenters/plan-client-method.js'
import { clientAssumptions } from '../routes/plan-client-view.js'
import type { PlanExportInput } from './export-input.js'

export const ReadershipSchema = z.enum(['client', 'internal']).meta({
  description:
    'Who the file is for. client: what the client pages show (no rates, rate-card source notes, targeting notes or ' +
    'internal comments); internal: everything, for the agency.',
})
/** Who reads an export: the client (a deliverable) or the agency itself. */
export type Readership = z.infer<typeof ReadershipSchema>

/** "How we estimated" for a client: the client page's plain sentences, without rates or their sources. */
export function clientMethodItems(input: PlanExportInput): string[] {
  return methodItems(translatorOf(input.locale), clientAssumptions(input.estimate.assumptions), input.locale)
}

/** The file name says which variant an agency file is, so a planner does not send the internal one by mistake. */
export const readershipStem = (stem: string, readership: Readership): string =>
  readership === 'internal' ? `${stem} (internal)` : stem
