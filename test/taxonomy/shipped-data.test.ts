import { readdirSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import '../../audiences/index.js'
import { parseDataFile, SHIPPED_DATA_FILES } from '../../audiences/taxonomy/data-file.js'
import { DomainError } from '../../audiences/errors.js'

// kohde reads its generated data files without parsing them at start (audiences/taxonomy/data-file.ts): this is
// where each one is parsed, and where a file that a parse would change (a default to fill, a key to strip) fails.
const FOLDERS = ['audiences/taxonomy/data', 'audiences/briefs/data', 'audiences/data/population-index']
// Read by tests only (test/taxonomy/geo-data.test.ts), not by kohde.
const NOT_SHIPPED = ['se-county-nuts.json']

describe('shipped data files', () => {
  it('when audiences/ is imported, then every data file in its data folders is read through shippedData', () => {
    const onDisk = FOLDERS.flatMap((folder) => readdirSync(folder).filter((f) => f.endsWith('.json')))
    const expected = onDisk.filter((f) => !NOT_SHIPPED.includes(f)).sort()
    expect(expected).toHaveLength(20)
    expect(SHIPPED_DATA_FILES.map((s) => s.file).sort()).toEqual(expected)
  })

  it.each(SHIPPED_DATA_FILES.map((s) => [s.file, s] as const))(
    'when %s is parsed with its schema, then it is valid and the parse changes nothing',
    (_file, { file, schema, data }) => {
      const parsed: unknown = parseDataFile(schema, data, file)
      expect(isDeepStrictEqual(parsed, data)).toBe(true)
    },
  )

  it('when a file lacks a value its schema defaults, then the check above fails', () => {
    const schema = z.array(z.strictObject({ key: z.string(), tags: z.array(z.string()).default([]) }))
    const data = [{ key: 'a' }]
    expect(isDeepStrictEqual(schema.parse(data), data)).toBe(false)
  })

  it('when a file breaks its schema, then parseDataFile names the file and the path', () => {
    const schema = z.array(z.strictObject({ key: z.string() }))
    const error = (() => {
      try {
        parseDataFile(schema, [{ key: 'a' }, { key: 7 }], 'broken.json')
      } catch (caught) {
        return caught
      }
    })()
    expect(error).toBeInstanceOf(DomainError)
    expect((error as DomainError).code).toBe('taxonomy_invalid')
    expect((error as DomainError).issues[0]?.path).toEqual(['broken.json', '1', 'key'])
  })
})
