import { PassThrough } from 'node:stream'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { csvField, writeCsv } from '../../server/exports/csv-writer.js'

describe('csvField', () => {
  it('when a field holds a comma, quote or line break, then it is quoted with quotes doubled (RFC 4180 §2.6–2.7)', () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"')
    expect(csvField('plain')).toBe('plain')
  })

  it('when a text starts with =, +, -, @, tab or CR (OWASP CSV injection), then it gets a leading apostrophe', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvField('-5')).toBe("'-5")
    expect(csvField('+1')).toBe("'+1")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('\t=1')).toBe("'\t=1")
    expect(csvField('\r=1')).toBe(`"'\r=1"`)
    expect(csvField(-5)).toBe('-5')
    expect(csvField('a=b')).toBe('a=b')
  })
})

describe('writeCsv', () => {
  it('when rows are written, then the file starts with a UTF-8 BOM, ends lines with CRLF and parses back', async () => {
    const out = new PassThrough()
    const chunks: Buffer[] = []
    out.on('data', (c: Buffer) => chunks.push(c))

    await writeCsv(
      out,
      ['nimi', 'määrä'],
      [
        ['Mökki, "pieni"', 2],
        [null, 1.5],
      ],
    )

    const bytes = Buffer.concat(chunks)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8')).toContain('\r\n')
    expect(parse(bytes, { bom: true })).toEqual([
      ['nimi', 'määrä'],
      ['Mökki, "pieni"', '2'],
      ['', '1.5'],
    ])
  })
})
