import { z } from 'zod'
import { defineRoute, type Route } from './route-table.js'

const OpenApiDocumentSchema = z
  .looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) })
  .meta({ id: 'OpenApiDocument', description: 'This document.' })

/** GET /api/openapi.json; the document is built from the route table on first request. */
export const docsRoutes = (documentOf: () => object): Route[] => [
  defineRoute({
    method: 'get',
    path: '/api/openapi.json',
    summary: 'The OpenAPI 3.0 document of this API',
    tags: ['docs'],
    responses: { 200: { description: 'The OpenAPI document.', schema: OpenApiDocumentSchema } },
    handle: () => ({ status: 200, body: documentOf() }),
  }),
]
