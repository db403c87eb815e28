import { parseArgs } from 'node:util'
import { DEFAULT_TAXONOMY, PlatformSchema, type Platform } from '../../audiences/index.js'
import { ConfigError, loadConfig } from '../http/config.js'
import { createConnectorContext } from '../connectors/connector-context.js'
import { connectionStatus, runResolve } from '../connectors/connections.js'
import { HttpError } from '../http/http-errors.js'
import { openStore, type Store } from '../store/store.js'
import { CliInputError, EXIT_FAILURE, EXIT_OK, type CliCommand } from './cli-command.js'
import { RESOLVE_INFO } from './command-info.js'

const USAGE = RESOLVE_INFO.usage

function platformsOf(values: string[] | undefined): Platform[] | undefined {
  if (!values) return undefined
  const names = values.flatMap((v) => v.split(',')).map((v) => v.trim())
  const bad = names.filter((n) => !PlatformSchema.safeParse(n).success)
  if (bad.length > 0 || names.length === 0)
    throw new CliInputError(`unknown platform ${bad.join(', ') || '(none)'}: choose from google, meta, linkedin`)
  return names as Platform[]
}

function limitOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new CliInputError(`--limit: a whole number of lookups, 1 or more`)
  return n
}

// The database may hold several agencies (one per kohde customer): name one unless there is only one.
async function agencyOf(store: Store, wanted: string | undefined): Promise<string> {
  const agencies = await store.db.selectFrom('agencies').select(['id', 'name']).orderBy('name').execute()
  const list = agencies.map((a) => `  ${a.id}  ${a.name}`).join('\n')
  if (wanted === undefined) {
    if (agencies.length === 1) return agencies[0]!.id
    throw new CliInputError(
      agencies.length === 0 ? 'the database has no agency yet: start kohde once' : `name one with --agency:\n${list}`,
    )
  }
  const match = agencies.filter((a) => a.id === wanted || a.name === wanted)
  if (match.length === 1) return match[0]!.id
  throw new CliInputError(`no single agency is "${wanted}"; the agencies are:\n${list}`)
}

function configOf(env: Readonly<Record<string, string | undefined>>) {
  try {
    return loadConfig(env)
  } catch (error) {
    if (error instanceof ConfigError) throw new CliInputError(error.message)
    throw error
  }
}

export const resolveCommand: CliCommand = {
  ...RESOLVE_INFO,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        agency: { type: 'string' },
        platform: { type: 'string', multiple: true },
        prefix: { type: 'string' },
        limit: { type: 'string' },
        recheck: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
      },
    })
    if (positionals.length > 0) throw new CliInputError(`resolve takes no files\nusage: ${USAGE}`)
    const platforms = platformsOf(values.platform)
    const limit = limitOf(values.limit)
    const config = configOf(io.env)
    const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl ?? undefined })
    try {
      const agencyId = await agencyOf(store, values.agency)
      const deps = { store, taxonomy: DEFAULT_TAXONOMY, connectors: createConnectorContext(io.env) }
      // A LinkedIn version near or past its sunset: said before the run, on stderr (stdout may be --json).
      for (const status of await connectionStatus(deps, agencyId))
        for (const problem of status.problems)
          if (problem.code.startsWith('linkedin_version_')) io.err(`warning: ${problem.message}\n`)
      const report = await runResolve(deps, null, agencyId, {
        platforms,
        keyPrefix: values.prefix,
        limit,
        recheck: values.recheck,
        dryRun: values['dry-run'],
      })
      io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : report.text)
      return report.status === 'aborted' ? EXIT_FAILURE : EXIT_OK
    } catch (error) {
      if (error instanceof HttpError && error.code === 'conflict') throw new CliInputError(error.message)
      throw error
    } finally {
      await store.close()
    }
  },
}
