import { describe, expect, it } from 'vitest'
import { exportFileName, safeStem } from '../../server/exports/export-file-name.js'

describe('exportFileName', () => {
  it('when the name has Finnish letters, then filename= is an ASCII fallback and filename*= the exact UTF-8 name', () => {
    const { fileName, contentDisposition } = exportFileName('Kevät – mökit', 'csv')

    expect(fileName).toBe('Kevät – mökit.csv')
    expect(contentDisposition).toBe(
      `attachment; filename="Kevat _ mokit.csv"; filename*=UTF-8''Kev%C3%A4t%20%E2%80%93%20m%C3%B6kit.csv`,
    )
  })

  it('when the name tries header injection with CR/LF and quotes, then no CR, LF or stray quote reaches the header', () => {
    const { contentDisposition } = exportFileName('plan"\r\nSet-Cookie: a=b', 'pdf')

    expect(contentDisposition).not.toMatch(/[\r\n]/)
    expect(contentDisposition).toBe(
      `attachment; filename="plan Set-Cookie a=b.pdf"; filename*=UTF-8''plan%20Set-Cookie%20a%3Db.pdf`,
    )
  })

  it('when the name holds path separators and dots, then it cannot climb out of a folder', () => {
    expect(safeStem('../../etc/passwd')).toBe('etc passwd')
    expect(safeStem('..\\windows\\system32')).toBe('windows system32')
  })

  it('when the name holds bidi overrides, isolates or zero-width characters, then none reaches either file name (issue 16)', () => {
    // U+202E RIGHT-TO-LEFT OVERRIDE would show "Lasku\u202Efdp.exe" as "Laskuexe.pdf" in a download bar.
    const hostile =
      'Lasku\u202Efdp.exe \u2066Kevät\u2069 Talo\u200Btehdas\u200C\u200D\u200E\u200F\u2060\uFEFF\u061C\u202A\u202B\u202C\u202D'
    const name = exportFileName(hostile, 'pdf')
    const invisible = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/

    expect(name.fileName).toBe('Laskufdp.exe Kevät Talotehdas.pdf')
    expect(name.fileName).not.toMatch(invisible)
    expect(decodeURIComponent(name.contentDisposition.split("UTF-8''")[1]!)).toBe(name.fileName)
    expect(name.contentDisposition).toContain('filename="Laskufdp.exe Kevat Talotehdas.pdf"')
    expect(safeStem('\u202E\u200B')).toBe('export')
  })

  it('when the name is very long, then the stem is capped at 100 characters', () => {
    expect(safeStem('ä'.repeat(500))).toHaveLength(100)
  })

  it('when nothing safe is left, then the stem is "export"', () => {
    expect(exportFileName('"\r\n/', 'json').fileName).toBe('export.json')
  })

  it('when the name has the RFC 5987 specials ( and ), then they are percent-encoded in filename*', () => {
    expect(exportFileName('a(b)', 'csv').contentDisposition).toContain(`filename*=UTF-8''a%28b%29.csv`)
  })
})
