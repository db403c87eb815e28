import { z } from 'zod'
import { TEMPLATES, TemplateSchema } from '../../audiences/index.js'
import { pageOf, pageQueryShape, pageSchemaOf } from '../http/list-paging.js'
import { defineRoute } from './route-table.js'

const TemplatesQuerySchema = z.strictObject({ ...pageQueryShape })
const TemplatePageSchema = pageSchemaOf(TemplateSchema).meta({ id: 'TemplatePage' })

export const templatesRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/v1/templates',
    summary: 'Starter audiences to copy and adapt',
    tags: ['templates'],
    query: TemplatesQuerySchema,
    responses: { 200: { description: 'One page of templates.', schema: TemplatePageSchema } },
    handle: ({ query }) => ({ status: 200, body: pageOf(TEMPLATES, query) }),
  }),
]
