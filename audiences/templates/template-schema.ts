import { z } from 'zod'
import { AudienceSchema } from '../model/audience-schema.js'
import { LabelsSchema } from '../taxonomy/taxonomy-schema.js'

export const TemplateSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    labels: LabelsSchema,
    description: LabelsSchema,
    audience: AudienceSchema,
  })
  .meta({ id: 'Template', description: 'A starter audience an agency can copy and adapt.' })
export type Template = z.infer<typeof TemplateSchema>
export type TemplateInput = z.input<typeof TemplateSchema>
