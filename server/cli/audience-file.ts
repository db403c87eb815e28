import { readFileSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { AudienceSchema, type Audience } from '../../audiences/index.js'
import { issuesFromZod } from '../http/zod-issues.js'
import { CliInputError } from './cli-command.js'

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new CliInputError(
      code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read the file (${code ?? 'error'})`,
    )
  }
}

function parseText(text: string, path: string): unknown {
  const yaml = /\.ya?ml$/i.test(extname(path))
  try {
    return yaml ? parseYaml(text) : JSON.parse(text)
  } catch (error) {
    throw new CliInputError(`${path}: not valid ${yaml ? 'YAML' : 'JSON'}: ${(error as Error).message.split('\n')[0]}`)
  }
}

/** Reads an audience from a .json, .yaml or .yml file and checks it against AudienceSchema. */
export function readAudienceFile(file: string, cwd: string): Audience {
  const path = resolve(cwd, file)
  const input = parseText(readText(path), file)
  const result = AudienceSchema.safeParse(input)
  if (result.success) return result.data
  throw new CliInputError(
    `${file}: not a valid audience`,
    issuesFromZod(result.error.issues, { schema: AudienceSchema, input }),
  )
}

/** Reads any .json, .yaml or .yml file as data, for commands whose files are not audiences (plans). */
export const readDataFile = (file: string, cwd: string): unknown => parseText(readText(resolve(cwd, file)), file)
