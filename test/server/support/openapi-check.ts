import type { Route } from '../../../server/routes/route-table.js'
import { toOpenApiPath } from '../../../server/http/openapi.js'

type Json = { [key: string]: unknown }

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'])
const PARAMETER_PLACES = new Set(['query', 'path', 'header', 'cookie'])
// JSON Schema keywords OpenAPI 3.0 schema objects do not have (they came with 3.1 / draft 2019+).
const NOT_IN_OPENAPI_30 = [
  'const',
  '$defs',
  'definitions',
  '$schema',
  '$id',
  'examples',
  'prefixItems',
  'unevaluatedProperties',
  'dependentRequired',
  'dependentSchemas',
  'contentEncoding',
]

function resolvePointer(doc: Json, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined
  const keys = ref
    .slice(2)
    .split('/')
    .map((k) => decodeURIComponent(k).replace(/~1/g, '/').replace(/~0/g, '~'))
  return keys.reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), doc)
}

function refProblems(doc: Json): string[] {
  const problems: string[] = []
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) return node.forEach((child, i) => walk(child, `${at}/${i}`))
    if (!isObject(node)) return
    if (typeof node.$ref === 'string') {
      if (resolvePointer(doc, node.$ref) === undefined) problems.push(`${at}: $ref ${node.$ref} does not resolve`)
      if (Object.keys(node).length > 1) problems.push(`${at}: $ref has siblings, which OpenAPI 3.0 ignores`)
    }
    for (const [key, child] of Object.entries(node)) walk(child, `${at}/${key}`)
  }
  walk(doc, '#')
  return problems
}

function schemaProblems(schema: unknown, at: string): string[] {
  if (Array.isArray(schema)) return schema.flatMap((s, i) => schemaProblems(s, `${at}/${i}`))
  if (!isObject(schema)) return []
  const own = [
    ...NOT_IN_OPENAPI_30.filter((k) => k in schema).map((k) => `${at}: keyword ${k} is not OpenAPI 3.0`),
    ...(Array.isArray(schema.type) ? [`${at}: type must be a single string in OpenAPI 3.0`] : []),
    ...(schema.type === 'null' ? [`${at}: type null is not OpenAPI 3.0 (use nullable)`] : []),
    ...(['exclusiveMinimum', 'exclusiveMaximum'] as const)
      .filter((k) => k in schema && typeof schema[k] !== 'boolean')
      .map((k) => `${at}: ${k} must be a boolean in OpenAPI 3.0`),
  ]
  const nested = Object.entries(schema)
    .filter(([key]) => key !== 'example' && key !== 'default' && key !== 'enum')
    .flatMap(([key, child]) => schemaProblems(child, `${at}/${key}`))
  return [...own, ...nested]
}

function mediaProblems(content: unknown, at: string): string[] {
  const json = isObject(content) ? content['application/json'] : undefined
  if (!isObject(json) || !isObject(json.schema)) return [`${at}: no application/json schema`]
  return schemaProblems(json.schema, `${at}/application/json/schema`)
}

function operationProblems(operation: unknown, path: string, at: string): string[] {
  if (!isObject(operation)) return [`${at}: operation missing`]
  const problems: string[] = []
  if (typeof operation.operationId !== 'string') problems.push(`${at}: no operationId`)
  const responses = isObject(operation.responses) ? Object.entries(operation.responses) : []
  if (responses.length === 0) problems.push(`${at}: no responses`)
  for (const [status, response] of responses) {
    if (!/^[1-5][0-9]{2}$/.test(status)) problems.push(`${at}: response key ${status} is not a status`)
    if (!isObject(response) || typeof response.description !== 'string')
      problems.push(`${at}/${status}: no description`)
    // 204 No Content is the one success without a body.
    if (status !== '204')
      problems.push(
        ...mediaProblems(isObject(response) ? response.content : undefined, `${at}/responses/${status}/content`),
      )
  }
  if (operation.requestBody !== undefined)
    problems.push(
      ...mediaProblems(
        isObject(operation.requestBody) ? operation.requestBody.content : undefined,
        `${at}/requestBody`,
      ),
    )
  const parameters = Array.isArray(operation.parameters) ? operation.parameters : []
  for (const p of parameters) {
    if (!isObject(p) || typeof p.name !== 'string' || !PARAMETER_PLACES.has(String(p.in)) || !isObject(p.schema))
      problems.push(`${at}: malformed parameter ${JSON.stringify(p)}`)
    else problems.push(...schemaProblems(p.schema, `${at}/parameters/${p.name}`))
  }
  const declared = parameters.filter((p) => isObject(p) && p.in === 'path').map((p) => (p as Json).name)
  const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])
  if (JSON.stringify(declared.sort()) !== JSON.stringify(templated.sort()))
    problems.push(`${at}: path parameters do not match ${path}`)
  return problems
}

/** Checks an OpenAPI 3.0 document by hand: structure, every route of the table, $refs, schemas on every response. */
export function openApiProblems(doc: unknown, routes: readonly Route[]): string[] {
  if (!isObject(doc)) return ['the document is not an object']
  const problems: string[] = []
  if (typeof doc.openapi !== 'string' || !/^3\.0\.\d+$/.test(doc.openapi)) problems.push('openapi must be 3.0.x')
  if (!isObject(doc.info) || typeof doc.info.title !== 'string' || typeof doc.info.version !== 'string')
    problems.push('info needs title and version')
  const paths = isObject(doc.paths) ? doc.paths : {}
  for (const route of routes) {
    if (!isObject(paths[toOpenApiPath(route.path)]?.[route.method as never]))
      problems.push(`${route.method.toUpperCase()} ${route.path} is missing`)
  }
  const operationIds: string[] = []
  for (const [path, item] of Object.entries(paths)) {
    if (!path.startsWith('/')) problems.push(`path ${path} must start with /`)
    for (const [method, operation] of Object.entries(isObject(item) ? item : {})) {
      if (!METHODS.has(method)) problems.push(`${path}: ${method} is not an HTTP method`)
      problems.push(...operationProblems(operation, path, `${method.toUpperCase()} ${path}`))
      if (isObject(operation) && typeof operation.operationId === 'string') operationIds.push(operation.operationId)
    }
  }
  if (new Set(operationIds).size !== operationIds.length) problems.push('operationIds are not unique')
  const schemas = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {}
  for (const [name, schema] of Object.entries(schemas)) {
    if (!/^[A-Za-z0-9._-]+$/.test(name)) problems.push(`component name ${name} is not allowed`)
    problems.push(...schemaProblems(schema, `#/components/schemas/${name}`))
  }
  return [...problems, ...refProblems(doc)]
}
