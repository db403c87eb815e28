import { describe, expect, it } from 'vitest'
import { COMMANDS } from '../../server/cli/cli-commands.js'
import { EXPORT_INFO } from '../../server/cli/command-info.js'
import { PlanExportFormatSchema } from '../../server/exports/export-formats.js'

describe('the lazily loaded commands', () => {
  it('when the export usage is shown without loading the command, then it names exactly the export formats', () => {
    const listed = /--format ([a-z|-]+)/.exec(EXPORT_INFO.usage)?.[1]?.split('|')
    expect(listed).toEqual(PlanExportFormatSchema.options)
  })

  it('when run through the registry, then the export command itself is loaded and answers (a missing file)', async () => {
    const exportCommand = COMMANDS.find((c) => c.name === 'export')!
    const io = { cwd: process.cwd(), env: {}, out: () => undefined, err: () => undefined }
    await expect(exportCommand.run(['no-such-file.json', '--format', 'csv'], io)).rejects.toThrow(
      /no-such-file\.json: no such file/,
    )
  })
})
