import type { z } from 'zod'

export type Issue = { path: (string | number)[]; message: string; code?: string }

type ZodIssue = z.core.$ZodIssue
type Path = readonly PropertyKey[]
type Def = { type: string; [key: string]: unknown }

// A body with thousands of bad terms would otherwise echo back a response as large as the request.
export const MAX_ISSUES = 100

const toPath = (path: Path): Issue['path'] => path.map((key) => (typeof key === 'number' ? key : String(key)))

const unknownKeyCount = (branch: readonly ZodIssue[]): number =>
  branch.reduce(
    (n, issue) => n + (issue.code === 'unrecognized_keys' && issue.path.length === 0 ? issue.keys.length : 0),
    0,
  )

// The branch whose keys match the input best: fewest unknown keys, then fewest issues (first wins a tie).
function bestBranch(branches: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] {
  let best = branches[0] ?? []
  for (const branch of branches.slice(1)) {
    const [a, b] = [unknownKeyCount(branch), unknownKeyCount(best)]
    if (a < b || (a === b && branch.length < best.length)) best = branch
  }
  return best
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'])

// The schema that checked the value at `path`, seen through lazy, optional, default and pipe wrappers.
function schemaAt(schema: z.core.$ZodType | undefined, path: Path): z.core.$ZodType | undefined {
  const def = schema?._zod.def as Def | undefined
  if (!def) return undefined
  if (def.type === 'lazy') return schemaAt((def.getter as () => z.core.$ZodType)(), path)
  if (WRAPPERS.has(def.type)) return schemaAt(def.innerType as z.core.$ZodType, path)
  if (def.type === 'pipe') return schemaAt(def.in as z.core.$ZodType, path)
  if (path.length === 0) return schema
  const [key, ...rest] = path
  if (def.type === 'object') return schemaAt((def.shape as Record<PropertyKey, z.core.$ZodType>)[key!], rest)
  if (def.type === 'array') return schemaAt(def.element as z.core.$ZodType, rest)
  return undefined
}

const valueAt = (input: unknown, path: Path): unknown =>
  path.reduce<unknown>(
    (value, key) => (typeof value === 'object' && value !== null ? (value as never)[key] : undefined),
    input,
  )

// zod itself settles a union on the one branch that failed only on unknown keys ({postalCode: 100, country} reads as
// a country with a stray key); asking every branch again finds the one the caller meant (a postal code of the wrong type).
function reconsiderUnions(issues: readonly ZodIssue[], context: ParseContext | undefined): readonly ZodIssue[] {
  if (!context) return issues
  let result = issues
  for (const stray of issues.filter((i) => i.code === 'unrecognized_keys')) {
    const def = schemaAt(context.schema, stray.path)?._zod.def as Def | undefined
    if (def?.type !== 'union') continue
    const value = valueAt(context.input, stray.path)
    const branches = (def.options as z.ZodType[]).map((option) => option.safeParse(value).error?.issues ?? [])
    if (branches.some((branch) => branch.length === 0)) continue
    const within = (i: ZodIssue) => stray.path.every((key, n) => i.path[n] === key)
    const best = bestBranch(branches).map((i) => ({ ...i, path: [...stray.path, ...i.path] }))
    result = [...result.filter((i) => !within(i)), ...best]
  }
  return result
}

function flatten(issues: readonly ZodIssue[], base: Path): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    const path = [...base, ...issue.path]
    if (issue.code === 'invalid_union' && issue.errors.length > 0) return flatten(bestBranch(issue.errors), path)
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ path: toPath([...path, key]), code: issue.code, message: 'unknown field' }))
    return [{ path: toPath(path), code: issue.code, message: issue.message }]
  })
}

export type ParseContext = { schema: z.core.$ZodType; input: unknown }

/**
 * zod's issues as the API reports them: full paths, one issue per unknown key, and for a union the branch whose keys
 * match the input best. Pass the schema and input so a union zod settled on a stray-key branch is reconsidered.
 */
export const issuesFromZod = (issues: readonly ZodIssue[], context?: ParseContext): Issue[] =>
  flatten(reconsiderUnions(issues, context), []).slice(0, MAX_ISSUES)
