import { parse } from 'csv-parse/sync'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, TEMPLATES } from '../../audiences/index.js'
import { as } from '../auth/support/as-caller.js'
import { createAuthWorld, type AuthWorld } from '../auth/support/auth-world.js'
import { inflatePdf, pdfTextLines } from '../exports/support/pdf-text.js'
import { workbookText } from '../exports/support/workbook-text.js'

const villa = TEMPLATES.find((t) => t.id === 'luxury-villa-buyers')!.audience
// Buffers any download as bytes, whatever its content type.
const binary = (res: request.Response, done: (e: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = []
  res.on('data', (c: Buffer) => chunks.push(c))
  res.on('end', () => done(null, Buffer.concat(chunks)))
}

describe('GET /api/v1/plans/:id/export and /api/v1/audiences/:id/export', () => {
  let world: AuthWorld
  let planId: string
  let audienceId: string
  beforeAll(async () => {
    world = await createAuthWorld(DEFAULT_TAXONOMY)
    audienceId = (
      await as(world, 'staff').post('/api/v1/audiences', { clientId: world.clients.a1.id, audience: villa })
    ).body.id
    const lines = [
      { audienceId, channel: 'facebook', budget: 3000 },
      { audienceId, channel: 'linkedin', budget: 3000 },
    ]
    planId = (await as(world, 'staff').post('/api/v1/plans', { clientId: world.clients.a1.id, name: 'Huvilat', lines }))
      .body.id
  })
  afterAll(() => world.dispose())
  const download = (path: string) =>
    request(world.app).get(path).set('Authorization', `Bearer ${world.callers.planner.token}`).buffer().parse(binary)

  it('when a planner downloads the lines CSV, then it is text/csv with a file name and the seed-rate impressions', async () => {
    const response = await download(`/api/v1/plans/${planId}/export?format=csv`)

    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toMatch(/^text\/csv/)
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="Huvilat lines\.csv"/)
    const rows = parse((response.body as Buffer).toString('utf8'), { columns: true, bom: true }) as Record<
      string,
      string
    >[]
    // 3,000 € at Facebook's 10 € CPM and at LinkedIn's 30 € CPM (seed 003): 300,000 and 100,000 impressions.
    expect(rows.map((r) => [r.channel, Math.round(Number(r.impressions))])).toEqual([
      ['facebook', 300_000],
      ['linkedin', 100_000],
    ])
  })

  it('when the PDF and the workbook are asked for, then each comes with its own content type', async () => {
    const pdf = await download(`/api/v1/plans/${planId}/export?format=pdf`)
    const xlsx = await download(`/api/v1/plans/${planId}/export?format=xlsx`)

    expect(pdf.headers['content-type']).toBe('application/pdf')
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-')
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK')
  })

  it("when an audience's specs are downloaded, then the JSON holds every channel's spec", async () => {
    const response = await download(`/api/v1/audiences/${audienceId}/export`)

    expect(response.status).toBe(200)
    expect(Object.keys(JSON.parse((response.body as Buffer).toString('utf8'))).sort()).toEqual(
      expect.arrayContaining(['facebook', 'google', 'instagram', 'linkedin']),
    )
  })

  it('when the format is unknown, then answers 400 request_invalid at format', async () => {
    const response = await as(world, 'planner').get(`/api/v1/plans/${planId}/export?format=docx`)

    expect(response.status).toBe(400)
    expect(response.body.error.issues[0].path).toEqual(['format'])
  })

  it('when a planner downloads the PDF and XLSX without an audience, then they are the client variants: no rate, rate-card source or internal comment (issue 16)', async () => {
    const note = 'Internal: our margin on LinkedIn is 40 %'
    const comment = await as(world, 'staff').post(`/api/v1/plans/${planId}/comments`, { body: note, internal: true })
    const texts = async (query: string) => {
      const pdf = await download(`/api/v1/plans/${planId}/export?format=pdf${query}`)
      const xlsx = await download(`/api/v1/plans/${planId}/export?format=xlsx${query}`)
      const cells = (await workbookText(xlsx.body as Buffer)).cells
      return { pdf: pdfTextLines(inflatePdf(pdf.body as Buffer)), cells, name: pdf.headers['content-disposition'] }
    }
    const [byDefault, client, internal] = [
      await texts(''),
      await texts('&audience=client'),
      await texts('&audience=internal'),
    ]

    expect(comment.status).toBe(201)
    // Seed 003: Facebook CPM 10 €, LinkedIn CPM 30 €; the source notes name the agency's article (Asiakassegmentti …).
    for (const { pdf, cells } of [byDefault, client]) {
      const all = [...pdf, ...cells].join('\n')
      expect(all).not.toMatch(/CPM|CPC|Asiakassegmentti|rate\.|margin/)
      expect(all).toContain('Huvilat')
    }
    expect(internal.pdf.join('\n')).toMatch(/CPM 30[,.]00/)
    expect(internal.cells.join('\n')).toContain('Asiakassegmentti')
    // The internal files name the guidance's marginal threshold; the staff comment itself stays out.
    expect([...internal.pdf, ...internal.cells].join('\n')).not.toContain(note)
    expect(byDefault.name).toMatch(/filename="Huvilat estimate\.pdf"/)
    expect(internal.name).toMatch(/filename="Huvilat estimate \(internal\)\.pdf"/)
  })

  it('when audience=client is asked of a format made only for the agency, then answers 400 request_invalid at audience', async () => {
    const csv = await as(world, 'planner').get(`/api/v1/plans/${planId}/export?format=csv&audience=client`)
    const odd = await as(world, 'planner').get(`/api/v1/plans/${planId}/export?format=pdf&audience=everyone`)

    expect(csv.status).toBe(400)
    expect(csv.body.error.code).toBe('request_invalid')
    expect(csv.body.error.issues).toEqual([expect.objectContaining({ path: ['audience'] })])
    expect(odd.status).toBe(400)
    expect(odd.body.error.issues[0].path).toEqual(['audience'])
  })

  it('when the plan belongs to another agency or does not exist, then answers 404', async () => {
    const other = (await world.make.plan('otherAgency')).plan.id

    expect((await as(world, 'planner').get(`/api/v1/plans/${other}/export?format=csv`)).status).toBe(404)
    expect((await as(world, 'planner').get(`/api/v1/plans/${crypto.randomUUID()}/export?format=csv`)).status).toBe(404)
  })
})
