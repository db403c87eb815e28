import express from 'express'
import request from 'supertest'
import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY } from '../../audiences/index.js'
import { buildAudienceExportInput } from '../../server/exports/export-input-build.js'
import {
  AudienceExportFormatSchema,
  audienceExport,
  PlanExportFormatSchema,
  planExport,
} from '../../server/exports/export-formats.js'
import { sendExport } from '../../server/exports/export-response.js'
import { villaAudience, villaPlanInput } from './support/villa-plan.js'

// The wiring the stored-object routes will use, on a bare Express app (the real routes load from the store).
function exportApp() {
  const app = express()
  const plan = villaPlanInput('fi')
  const audience = villaAudience()
  app.get('/plans/:id/export', async (req, res) => {
    const format = PlanExportFormatSchema.parse(req.query.format)
    await sendExport(res, planExport(format, plan))
  })
  app.get('/audiences/:id/export', async (req, res) => {
    const format = AudienceExportFormatSchema.parse(req.query.format ?? 'json')
    const input = buildAudienceExportInput({ name: audience.name, definition: audience }, DEFAULT_TAXONOMY)
    await sendExport(res, audienceExport(format, input))
  })
  return app
}

const binary = (res: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = []
  res.on('data', (c: Buffer) => chunks.push(c))
  res.on('end', () => callback(null, Buffer.concat(chunks)))
}

const NAME = `Talotehdas%20%E2%80%93%20huvilat%20kev%C3%A4t%202026`
const PLAN_EXPORTS = [
  ['json', 'application/json; charset=utf-8', `${NAME}%20bundle.json`, '{'],
  ['csv', 'text/csv; charset=utf-8', `${NAME}%20lines.csv`, '\uFEFFchannel,'],
  ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `${NAME}.xlsx`, 'PK'],
  ['google-ads-editor', 'text/csv; charset=utf-8', `${NAME}%20google-ads-editor.csv`, '\uFEFFCampaign,'],
  ['google-ads-editor-notes', 'text/plain; charset=utf-8', `${NAME}%20google-ads-editor%20notes.txt`, 'What'],
  ['pdf', 'application/pdf', `${NAME}%20estimate.pdf`, '%PDF-'],
] as const

describe('plan export over HTTP', () => {
  it.each(PLAN_EXPORTS)(
    'when ?format=%s, then the response has its Content-Type, an attachment name and the file body',
    async (format, contentType, encodedName, start) => {
      const res = await request(exportApp()).get(`/plans/p1/export?format=${format}`).buffer(true).parse(binary)

      expect(res.status).toBe(200)
      expect(res.headers['content-type']).toBe(contentType)
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/)
      expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodedName}`)
      expect((res.body as Buffer).toString('utf8', 0, start.length + 2).startsWith(start)).toBe(true)
    },
  )
})

describe('audience export over HTTP', () => {
  it('when ?format=json, then the body is the channel specs keyed by channel', async () => {
    const res = await request(exportApp()).get('/audiences/a1/export?format=json')

    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''Arvokkaan%20huvilan%20ostajat%20specs.json`)
    expect(Object.keys(res.body as object)).toEqual(['google', 'facebook', 'instagram', 'linkedin'])
  })
})
