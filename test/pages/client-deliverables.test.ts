import { crc32, deflateSync } from 'node:zlib'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { as } from '../auth/support/as-caller.js'
import { inflatePdf, pdfTextLines } from '../exports/support/pdf-text.js'
import { findDeveloperText, visibleText } from '../support/developer-text.js'
import { createPageWorld, errorCodeOf, mainOf, type PageWorld } from './support/page-world.js'

const HTML = { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }
const LANGUAGES = ['fi', 'sv', 'en'] as const

const binary = (res: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = []
  res.on('data', (c: Buffer) => chunks.push(c))
  res.on('end', () => callback(null, Buffer.concat(chunks)))
}

// A real 2 × 1 RGB PNG (RFC 2083): signature, IHDR, one IDAT of two filtered scanline bytes per pixel, IEND.
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}
function png(width: number, height: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8 bits, truecolour, deflate, no filter method, no interlace
  const rows = Buffer.alloc(height * (1 + width * 3), 0x80)
  for (let y = 0; y < height; y++) rows[y * (1 + width * 3)] = 0 // filter type None on each scanline
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

describe('the client deliverables speak the reader’s language without developer text (issue 18)', () => {
  let world: PageWorld
  let planId: string
  let sharePath: string
  beforeAll(async () => {
    world = await createPageWorld()
    const audience = await world.make.audience('own')
    // A 15 % fee: the staff page logs it as "the plan's fee" in English before issue 18.
    const created = await as(world, 'staff').post('/api/v1/plans', {
      clientId: world.where('own').clientId,
      name: 'Kevät 2027',
      fee: { kind: 'percent', rate: 0.15 },
      lines: [
        { audienceId: audience.id, channel: 'facebook', budget: 3000, startDate: '2027-03-01', endDate: '2027-04-30' },
        { audienceId: audience.id, channel: 'linkedin', budget: 2000, startDate: '2027-04-01', endDate: '2027-04-30' },
      ],
    })
    expect(created.status).toBe(201)
    planId = created.body.id as string
    const link = await as(world, 'staff').post(`/api/v1/plans/${planId}/share`, {})
    sharePath = new URL(link.body.url as string).pathname
  })
  afterAll(() => world.dispose())

  const open = (path: string, language: string) =>
    request(world.app)
      .get(path)
      .set({ ...HTML, Cookie: `kohde_lang=${language}` })
  const pdfOf = async (path: string, language: string) => {
    const res = await open(path, language).buffer(true).parse(binary)
    expect([res.status, res.headers['content-type']]).toEqual([200, 'application/pdf'])
    return pdfTextLines(inflatePdf(res.body as Buffer))
  }

  it.each(LANGUAGES)(
    'when a share link opens in %s, then the page has no developer text and shows charts',
    async (language) => {
      const res = await open(sharePath, language)
      const text = visibleText(mainOf(res.text))

      expect(res.status).toBe(200)
      expect(findDeveloperText(text, language)).toEqual([])
      expect(res.text).toContain('<ul class="hbars">')
      expect(res.text).toContain(`href="${sharePath}/estimate.pdf"`)
      expect(res.text).toContain('class="scroll-hint"')
    },
  )

  it('when the page is read at 375 px, then its chart labels are text at the page size (no scaled SVG)', async () => {
    const res = await open(sharePath, 'fi')
    const charts = /<section aria-labelledby="charts">([\s\S]*?)<\/section>/.exec(res.text)?.[1] ?? ''

    // HTML labels in 1rem (kohde.css ul.hbars li): 16 px at any width; an SVG chart would scale them down.
    expect(charts).not.toContain('<svg')
    expect(charts).toContain('<span class="hbar-label">')
  })

  it('when the PDF is downloaded from a Swedish page, then it is in Swedish without developer text', async () => {
    const lines = await pdfOf(`${sharePath}/estimate.pdf`, 'sv')
    const text = lines.join('\n')

    expect(lines).toEqual(
      expect.arrayContaining(['Vad vi köper', 'Så här uppskattade vi', 'Räckvidd per rad', 'Tidsplan']),
    )
    expect(text).not.toContain('Mitä ostamme')
    expect(findDeveloperText(text, 'sv')).toEqual([])
  })

  it.each(['fi', 'en'] as const)(
    'when the PDF is downloaded in %s, then it has no developer text',
    async (language) => {
      const lines = await pdfOf(`${sharePath}/estimate.pdf`, language)

      expect(findDeveloperText(lines.join('\n'), language)).toEqual([])
    },
  )

  it('when a client user downloads the PDF from their page, then it downloads; another client’s plan is 404', async () => {
    const client = await world.browse('client')
    const own = await client.get(`/plans/${planId}/client/estimate.pdf`, HTML)
    const { plan: other } = await world.make.plan('otherClient')
    const foreign = await client.get(`/plans/${other.id}/client/estimate.pdf`, HTML)

    expect([own.status, own.headers['content-type']]).toEqual([200, 'application/pdf'])
    expect(foreign.status).toBe(404)
  })

  it('when staff download the PDF from a Swedish exports page, then it is Swedish; an unknown language is a 400', async () => {
    const path = `/api/v1/plans/${planId}/export?format=pdf`
    const swedish = await as(world, 'staff').get(`${path}&lang=sv`).buffer(true).parse(binary)
    const unknown = await as(world, 'staff').get(`${path}&lang=xx`)

    expect(pdfTextLines(inflatePdf(swedish.body as Buffer))).toContain('Vad vi köper')
    expect([unknown.status, unknown.body.error.code]).toEqual([400, 'request_invalid'])
  })

  it('when staff read the plan page in Finnish, then the fee and universe sources are Finnish', async () => {
    const staff = await world.browse('staff')
    const res = await staff.get(`/plans/${planId}`, { ...HTML, Cookie: `${staff.cookie}; kohde_lang=fi` })
    const assumptions = /<details class="plan-assumptions">([\s\S]*?)<\/details>/.exec(res.text)?.[1] ?? ''
    const text = visibleText(assumptions)

    expect(res.status).toBe(200)
    // 15 % markup (the request's fee) in Finnish: "kate 15 % nettohinnasta — suunnitelman palkkio".
    expect(text).toContain('kate 15 % nettohinnasta suunnitelman palkkio')
    expect(text).not.toMatch(/the plan's fee|the largest line audience|kohde default/)
    // Every value and source cell (the factor column is the assumption's id, for the agency): no English, no paths.
    const cells = [...assumptions.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => visibleText(m[1]!))
    expect(cells.length).toBeGreaterThan(20)
    expect(findDeveloperText(cells.join(' · '), 'fi')).toEqual([])
  })

  it('when a revoked link opens in Swedish, then the page says to ask the agency and links to no sign-in', async () => {
    const { plan } = await world.make.plan('own', 'draft')
    const link = await as(world, 'staff').post(`/api/v1/plans/${plan.id}/share`, {})
    const path = new URL(link.body.url as string).pathname
    await as(world, 'staff').delete(`/api/v1/plans/${plan.id}/share`)

    const res = await open(path, 'sv')
    const main = mainOf(res.text)

    expect([res.status, errorCodeOf(res.text)]).toEqual([404, 'not_found'])
    expect(visibleText(main)).toContain('Be din kontaktperson på reklambyrån om en ny länk.')
    expect(main).not.toMatch(/href="\/(login)?"/)
    expect(findDeveloperText(visibleText(main), 'sv')).toEqual([])
  })

  it('when the admin uploads a PNG logo, then the client page and the PDF carry it', async () => {
    const admin = await world.browse('admin')
    const upload = await request(world.app)
      .post('/admin/logo')
      .set('Cookie', admin.cookie)
      .field('_csrf', admin.csrf)
      .attach('logo', png(2, 1), { filename: 'logo.png', contentType: 'image/png' })

    expect([upload.status, upload.headers['location']]).toEqual([303, '/admin/logo?saved=1'])
    const page = await open(sharePath, 'fi')
    expect(page.text).toContain('src="data:image/png;base64,')
    const pdf = await open(`${sharePath}/estimate.pdf`, 'fi').buffer(true).parse(binary)
    expect(inflatePdf(pdf.body as Buffer).toString('latin1')).toMatch(/\/Subtype \/Image/)
  })

  it.each([
    ['a GIF named .png', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), 415, 'logo_type'],
    [
      'a PNG signature with a broken header',
      Buffer.concat([png(2, 1).subarray(0, 8), Buffer.alloc(40)]),
      422,
      'logo_damaged',
    ],
    ['a PNG of 5000 × 1 pixels', png(5000, 1), 422, 'logo_damaged'],
    ['an empty file', Buffer.alloc(0), 422, 'logo_missing'],
    ['a file over 100 KB', Buffer.concat([png(2, 1), Buffer.alloc(110 * 1024)]), 413, 'logo_too_large'],
  ])(
    'when the admin uploads %s, then it is refused with %i %s and the logo is unchanged',
    async (_, bytes, status, code) => {
      const admin = await world.browse('admin')
      const before = await world.store.agencies.logo(world.where('own').agencyId)
      const res = await request(world.app)
        .post('/admin/logo')
        .set('Cookie', admin.cookie)
        .field('_csrf', admin.csrf)
        .attach('logo', bytes, { filename: 'logo.png', contentType: 'image/png' })

      expect([res.status, errorCodeOf(res.text)]).toEqual([status, code])
      expect((await world.store.agencies.logo(world.where('own').agencyId))?.updatedAt).toBe(before?.updatedAt)
    },
  )

  it('when an upload is larger than the form allows, then it is refused with 413 before it is read', async () => {
    const admin = await world.browse('admin')
    const res = await request(world.app)
      .post('/admin/logo')
      .set('Cookie', admin.cookie)
      .field('_csrf', admin.csrf)
      .attach('logo', Buffer.alloc(300 * 1024), { filename: 'big.png', contentType: 'image/png' })

    expect(res.status).toBe(413)
  })

  it('when a staff user posts the logo form, then it is forbidden', async () => {
    const staff = await world.browse('staff')
    const res = await request(world.app)
      .post('/admin/logo')
      .set('Cookie', staff.cookie)
      .field('_csrf', staff.csrf)
      .attach('logo', png(2, 1), { filename: 'logo.png', contentType: 'image/png' })

    expect(res.status).toBe(403)
  })
})
