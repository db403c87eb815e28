import type { CliCommand } from './cli-command.js'

type CommandInfo = Pick<CliCommand, 'name' | 'summary' | 'usage'>

// Every command loads its code when it runs: compile, estimate, optimize and brief the taxonomy (validated at load),
// export exceljs and pdfkit, resolve the platform SDKs (google-ads-api alone takes seconds). The registry knows them
// by this information, so --help and each command start without the others.
export const COMPILE_INFO: CommandInfo = {
  name: 'compile',
  summary: 'Compile an audience file into native targeting specs with fidelity and policy reports',
  usage: 'kohde compile <audience.json|.yaml> [--channel google,facebook,instagram,linkedin] [--json]',
}

export const ESTIMATE_INFO: CommandInfo = {
  name: 'estimate',
  summary: 'Estimate impressions, clicks, reach and frequency of a plan, per channel and in total',
  usage: 'kohde estimate <plan.json|.yaml> [--json]   (the plan is a POST /api/v1/estimate body)',
}

export const OPTIMIZE_INFO: CommandInfo = {
  name: 'optimize',
  summary: 'Split a total budget across the channels of a plan for the most reach or clicks, beside the even split',
  usage:
    'kohde optimize <plan.json|.yaml> [--total 5000] [--objective reach|clicks] [--effective-frequency 1-10] [--json]   (an /estimate or /optimize body; the total defaults to the sum of the line budgets)',
}

export const BRIEF_INFO: CommandInfo = {
  name: 'brief',
  summary: 'Read a free-text brief into a draft audience: what was understood, what was not',
  usage: 'kohde brief "<text>" [--locale fi|sv|en] [--json]',
}

export const EXPORT_INFO: CommandInfo = {
  name: 'export',
  summary:
    'Export an audience or a plan file: JSON, CSV, XLSX, Google Ads Editor CSV (+ notes) or the PDF estimate ' +
    '(XLSX and PDF for the client unless --audience internal)',
  usage:
    'kohde export <audience-or-plan.json|.yaml> --format json|csv|xlsx|google-ads-editor|google-ads-editor-notes|pdf [--audience client|internal] [--out <file>]',
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
