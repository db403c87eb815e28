import type { CliCommand } from './cli-command.js'

type CommandInfo = Pick<CliCommand, 'name' | 'summary' | 'usage'>

// kohde export loads exceljs and pdfkit, kohde resolve the platform SDKs (google-ads-api alone takes seconds):
// the registry knows them by this information and loads each only when it runs, so every other command and
// --help start without them.
export const EXPORT_INFO: CommandInfo = {
  name: 'export',
  summary: 'Export an audience or a plan file: JSON, CSV, XLSX, Google Ads Editor CSV (+ notes) or the client PDF',
  usage:
    'kohde export <audience-or-plan.json|.yaml> --format json|csv|xlsx|google-ads-editor|google-ads-editor-notes|pdf [--out <file>]',
}

export const RESOLVE_INFO: CommandInfo = {
  name: 'resolve',
  summary: "Look up the taxonomy's missing platform identifiers live and store them for an agency's compiles",
  usage:
    'kohde resolve [--agency <id|name>] [--platform google,meta,linkedin] [--prefix <key>] [--limit <n>] [--recheck] [--dry-run] [--json]',
}

/** A command whose implementation is imported when it runs. */
export const lazyCommand = (info: CommandInfo, load: () => Promise<CliCommand>): CliCommand => ({
  ...info,
  run: async (args, io) => (await load()).run(args, io),
})
