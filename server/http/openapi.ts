import { z } from 'zod'
import pkg from '../../package.json' with { type: 'json' }
import { ErrorResponseSchema, STATUS_BY_CODE, type ErrorCode } from './http-errors.js'
import { accessOf } from '../routes/route-access.js'
import type { Route } from '../routes/route-table.js'

type JsonSchema = { [key: string]: unknown }
type Io = 'input' | 'output'
type Components = Record<string, JsonSchema>

const COMPONENT_REF = '#/components/schemas/'

// OpenAPI 3.0 schemas know `example`, not JSON Schema's `examples` (that came with 3.1).
const toOpenApi30 = ({ jsonSchema }: { jsonSchema: JsonSchema }) => {
  const { examples } = jsonSchema
  if (!Array.isArray(examples)) return
  delete jsonSchema.examples
  if (examples.length > 0) jsonSchema.example = examples[0]
}

const rewriteRefs = (json: unknown, names: Record<string, string>): JsonSchema =>
  JSON.parse(
    JSON.stringify(json).replace(
      /"#\/definitions\/([^"]+)"/g,
      (_m, id: string) => `"${COMPONENT_REF}${names[id] ?? id}"`,
    ),
  ) as JsonSchema

/**
 * One zod schema as OpenAPI: named schemas (`.meta({ id })`) become components. The input and output shapes of a
 * schema differ (defaults make fields optional going in), so an output shape that clashes gets the suffix Output.
 */
function schemaOf(schema: z.ZodType, io: Io, components: Components): JsonSchema {
  const { definitions = {}, ...root } = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io,
    override: toOpenApi30,
  }) as {
    definitions?: Record<string, JsonSchema>
  }
  const names: Record<string, string> = Object.fromEntries(Object.keys(definitions).map((id) => [id, id]))
  for (let changed = true; changed;) {
    changed = false
    for (const id of Object.keys(definitions)) {
      const existing = components[names[id]!]
      if (existing && JSON.stringify(existing) !== JSON.stringify(rewriteRefs(definitions[id], names))) {
        if (names[id] !== id) throw new Error(`OpenAPI schema name ${names[id]} is taken by another shape`)
        names[id] = io === 'output' ? `${id}Output` : `${id}Input`
        changed = true
      }
    }
  }
  for (const [id, definition] of Object.entries(definitions)) components[names[id]!] = rewriteRefs(definition, names)
  return rewriteRefs(root, names)
}

const jsonContent = (schema: JsonSchema) => ({ 'application/json': { schema } })
const fileContent = (mediaTypes: readonly string[]) =>
  Object.fromEntries(mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]))

function errorCodesOf(route: Route): ErrorCode[] {
  const body: ErrorCode[] = route.request ? ['request_invalid', 'payload_too_large', 'unsupported_media_type'] : []
  const query: ErrorCode[] = route.query ? ['request_invalid'] : []
  const auth: ErrorCode[] = accessOf(route) === 'public' ? [] : ['unauthorized', 'forbidden']
  return [...new Set<ErrorCode>([...auth, ...body, ...query, ...(route.errors ?? []), 'internal'])]
}

function errorResponses(route: Route, components: Components) {
  const byStatus = new Map<number, ErrorCode[]>()
  for (const code of errorCodesOf(route))
    byStatus.set(STATUS_BY_CODE[code], [...(byStatus.get(STATUS_BY_CODE[code]) ?? []), code])
  const schema = schemaOf(ErrorResponseSchema, 'output', components)
  return Object.fromEntries(
    [...byStatus].map(([status, codes]) => [
      String(status),
      { description: `error.code: ${codes.join(', ')}`, content: jsonContent(schema) },
    ]),
  )
}

function parametersOf(route: Route, components: Components) {
  const path = [...route.path.matchAll(/:(\w+)/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }))
  if (!route.query) return path
  const query = schemaOf(route.query, 'input', components) as {
    properties?: Record<string, JsonSchema>
    required?: string[]
  }
  const fields = Object.entries(query.properties ?? {}).map(([name, { description, ...schema }]) => ({
    name,
    in: 'query',
    required: query.required?.includes(name) ?? false,
    ...(description === undefined ? {} : { description }),
    schema,
  }))
  return [...path, ...fields]
}

function operationOf(route: Route, components: Components) {
  const parameters = parametersOf(route, components)
  // 204 No Content has no body to describe.
  const success = Object.entries(route.responses).map(([status, response]) => [
    status,
    status === '204'
      ? { description: response.description }
      : response.mediaTypes
        ? { description: response.description, content: fileContent(response.mediaTypes) }
        : { description: response.description, content: jsonContent(schemaOf(response.schema, 'output', components)) },
  ])
  const access = accessOf(route)
  return {
    operationId: `${route.method}${route.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c?: string) => (c ?? '').toUpperCase())}`,
    summary: route.summary,
    tags: route.tags,
    ...(access === 'public' ? { security: [] } : { security: SECURITY, description: `Roles: ${access.join(', ')}.` }),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.request
      ? { requestBody: { required: true, content: jsonContent(schemaOf(route.request, 'input', components)) } }
      : {}),
    responses: { ...Object.fromEntries(success), ...errorResponses(route, components) },
  }
}

// A bearer token for API clients; the web pages' session cookie works too (writes then need X-CSRF-Token).
const SECURITY = [{ bearerAuth: [] }, { sessionCookie: [] }]
const SECURITY_SCHEMES = {
  bearerAuth: { type: 'http', scheme: 'bearer', description: 'A token from POST /api/v1/auth/token.' },
  sessionCookie: { type: 'apiKey', in: 'cookie', name: 'kohde_session', description: 'Set by POST /login.' },
}

export const toOpenApiPath = (path: string): string => path.replace(/:(\w+)/g, '{$1}')

/** The OpenAPI 3.0 document of the route table; schemas come from zod's own JSON Schema output. */
export function buildOpenApi(routes: readonly Route[]) {
  const components: Components = {}
  const paths: Record<string, Record<string, unknown>> = {}
  for (const route of routes) {
    const path = toOpenApiPath(route.path)
    paths[path] = { ...paths[path], [route.method]: operationOf(route, components) }
  }
  const schemas = Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b)))
  return {
    openapi: '3.0.3',
    info: {
      title: 'kohde API',
      version: pkg.version,
      description: 'Ad audiences compiled for Google Ads, Facebook, Instagram and LinkedIn.',
    },
    paths,
    components: { schemas, securitySchemes: SECURITY_SCHEMES },
    security: SECURITY,
  }
}
