import { readFileSync } from 'node:fs'
import request from 'supertest'
import { describe, expect, it } from 'vitest'
import { OPENAPI_FILE, renderOpenApi } from '../../server/http/openapi-write.js'
import { ROUTES, openApiDocument } from '../../server/routes/all-routes.js'
import { openApiProblems } from './support/openapi-check.js'
import { testApp } from './support/test-app.js'

const generated = () => JSON.parse(renderOpenApi()) as unknown

describe('docs/openapi.json', () => {
  it('when compared with the document the route table generates, then has not drifted (fix: npm run openapi)', () => {
    const committed = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as unknown

    expect(committed).toEqual(generated())
  })

  it('when checked, then is OpenAPI 3.0 with every route, resolvable $refs and a schema on every response', () => {
    expect(openApiProblems(generated(), ROUTES)).toEqual([])
  })

  it('when a route has a body, then its operation documents the JSON body, the 401 and 403 of auth, and the 400, 413, 415 and 422 errors', () => {
    const doc = generated() as { paths: Record<string, Record<string, { requestBody?: unknown; responses: object }>> }

    const compile = doc.paths['/api/v1/compile']?.post

    expect(compile?.requestBody).toBeDefined()
    expect(Object.keys(compile?.responses ?? {}).sort()).toEqual([
      '200',
      '400',
      '401',
      '403',
      '413',
      '415',
      '422',
      '500',
    ])
  })
})

describe('the OpenAPI checker', () => {
  it('when a $ref dangles, a route is missing or a schema uses a 3.1 keyword, then reports each', () => {
    const broken = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/x': {
          get: {
            operationId: 'x',
            responses: {
              200: {
                description: 'd',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Nope', const: 1 } } },
              },
            },
          },
        },
      },
    }

    const problems = openApiProblems(broken, ROUTES)

    expect(problems).toContain('openapi must be 3.0.x')
    expect(problems).toContain('GET /healthz is missing')
    expect(problems.some((p) => p.includes('does not resolve'))).toBe(true)
    expect(problems.some((p) => p.includes('keyword const'))).toBe(true)
  })
})

describe('GET /api/openapi.json', () => {
  it('when requested, then serves the generated document', async () => {
    const response = await request(testApp()).get('/api/openapi.json')

    expect(response.status).toBe(200)
    expect(response.body).toEqual(JSON.parse(JSON.stringify(openApiDocument())))
  })

  it('when requested with a trailing path, then answers 404 not_found', async () => {
    const response = await request(testApp()).get('/api/openapi.json/extra')

    expect(response.status).toBe(404)
    expect(response.body.error.code).toBe('not_found')
  })
})
