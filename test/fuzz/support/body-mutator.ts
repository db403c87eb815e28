import fc from 'fast-check'

/** Text emitted verbatim where a JSON value would be: deep nesting, duplicate keys, numbers JSON.parse bends. */
class Raw {
  constructor(readonly text: string) {}
}
// Stands for bytes no JavaScript string can hold (invalid UTF-8); replaced when the text becomes a Buffer.
const BYTES = '\u0000@@invalid-bytes@@\u0000'
const INVALID_BYTES = [
  Buffer.from([0xff]),
  Buffer.from([0xc3, 0x28]),
  Buffer.from([0xed, 0xa0, 0x80]), // a surrogate encoded as UTF-8 (CESU-8)
  Buffer.from([0xc0, 0xae]), // an overlong '.'
  Buffer.from([0xf4, 0x90, 0x80, 0x80]), // past U+10FFFF
  Buffer.from([0xe2, 0x82]), // truncated sequence
]

export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\r\nSet-Cookie: a=b',
  '"; filename="../../etc/passwd',
  '../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f',
  "Robert'); DROP TABLE audiences; --",
  '<script>alert(1)</script>',
  '{{constructor.constructor("return process")()}}',
  '__proto__',
  'constructor',
  '‮gpj.exe',
  '🏡'.repeat(300),
  'ä'.repeat(5000),
  '\u0007\u001b[31m',
  'NaN',
  '-1',
  '1e400',
  'null',
  'true',
  '2024-02-30',
  '00000000-0000-0000-0000-000000000000',
]
const SPECIAL_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  -0,
  2 ** 53 + 2,
  1e308,
  new Raw('1e400'),
  new Raw('-1e400'),
  new Raw('1e-400'),
  new Raw('123456789012345678901234567890'),
  '',
  '12',
  [],
  {},
  [null],
  { '': null },
]

export type BodyOp =
  | { kind: 'drop'; at: number; key: number }
  | { kind: 'retype'; at: number; value: unknown }
  | { kind: 'string'; at: number; text: string }
  | { kind: 'huge'; at: number; size: number; shape: 'string' | 'array' | 'object' }
  | { kind: 'dupe'; at: number; key: number; value: unknown }
  | { kind: 'proto'; at: number; key: '__proto__' | 'constructor' | 'prototype'; value: unknown }
  | { kind: 'deep'; at: number; depth: number; shape: 'array' | 'object' }
  | { kind: 'bytes'; at: number; which: number }
  | { kind: 'extra'; at: number; key: string; value: unknown }

/** What happens to a valid body: kept, mutated by a few operations, or replaced outright. */
export type BodyPlan =
  | { kind: 'keep' }
  | { kind: 'ops'; ops: BodyOp[] }
  | { kind: 'json'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'none' }

const value = fc.oneof(
  fc.constantFrom(...SPECIAL_VALUES),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.jsonValue({ maxDepth: 2 }),
)
const at = fc.nat()
const opArbitrary: fc.Arbitrary<BodyOp> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at, key: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), at, value }),
  fc.record({
    kind: fc.constant('string' as const),
    at,
    text: fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary' })),
  }),
  fc.record({
    kind: fc.constant('huge' as const),
    at,
    size: fc.oneof(
      { weight: 5, arbitrary: fc.integer({ min: 1_000, max: 20_000 }) },
      fc.constantFrom(300_000, 1_100_000),
    ),
    shape: fc.constantFrom('string' as const, 'array' as const, 'object' as const),
  }),
  fc.record({ kind: fc.constant('dupe' as const), at, key: fc.nat(), value }),
  fc.record({
    kind: fc.constant('proto' as const),
    at,
    key: fc.constantFrom('__proto__' as const, 'constructor' as const, 'prototype' as const),
    value: fc.constantFrom<unknown>({ admin: true, role: 'admin' }, { prototype: { polluted: 1 } }, null, 'x', []),
  }),
  fc.record({
    kind: fc.constant('deep' as const),
    at,
    depth: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 2, max: 80 }) }, fc.constantFrom(1_000, 100_000)),
    shape: fc.constantFrom('array' as const, 'object' as const),
  }),
  fc.record({ kind: fc.constant('bytes' as const), at, which: fc.nat() }),
  fc.record({
    kind: fc.constant('extra' as const),
    at,
    key: fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string()),
    value,
  }),
)

export const bodyPlanArbitrary: fc.Arbitrary<BodyPlan> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'keep' as const }) },
  {
    weight: 12,
    arbitrary: fc.record({
      kind: fc.constant('ops' as const),
      ops: fc.array(opArbitrary, { minLength: 1, maxLength: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('json' as const), text: fc.json({ maxDepth: 4 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('text' as const),
      text: fc.oneof(
        fc.string({ unit: 'binary' }),
        fc.constantFrom('', '{', '[', 'null', '"x"', '{"a":1}garbage', '\ufeff{}'),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
)

type Node = { parent: object | unknown[] | null; key: string | number | null; value: unknown }

function nodesOf(root: unknown): Node[] {
  const nodes: Node[] = [{ parent: null, key: null, value: root }]
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!.value
    if (typeof node !== 'object' || node === null || node instanceof Raw) continue
    for (const [key, child] of Object.entries(node))
      nodes.push({ parent: node, key: Array.isArray(node) ? Number(key) : key, value: child })
  }
  return nodes
}

const extras = new WeakMap<object, [string, unknown][]>()

function replace(root: { value: unknown }, node: Node, next: unknown) {
  if (node.parent === null) root.value = next
  else (node.parent as Record<string | number, unknown>)[node.key!] = next
}

const hugeOf = (size: number, shape: 'string' | 'array' | 'object') =>
  shape === 'string'
    ? new Raw(`"${'x'.repeat(size)}"`)
    : shape === 'array'
      ? new Raw(`[${'1,'.repeat(Math.floor(size / 2))}1]`)
      : new Raw(`{${Array.from({ length: Math.floor(size / 8) }, (_, i) => `"k${i}":1`).join(',')}}`)

const deepOf = (depth: number, shape: 'array' | 'object') =>
  shape === 'array'
    ? new Raw(`${'['.repeat(depth)}1${']'.repeat(depth)}`)
    : new Raw(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`)

function apply(root: { value: unknown }, op: BodyOp) {
  const nodes = nodesOf(root.value)
  const node = nodes[op.at % nodes.length]!
  const objects = nodes.filter((n) => typeof n.value === 'object' && n.value !== null && !(n.value instanceof Raw))
  const strings = nodes.filter((n) => typeof n.value === 'string')
  switch (op.kind) {
    case 'drop': {
      const target = objects[op.at % Math.max(objects.length, 1)]?.value as Record<string, unknown> | undefined
      const keys = target ? Object.keys(target) : []
      if (target && keys.length > 0) {
        const key = keys[op.key % keys.length]!
        if (Array.isArray(target)) target.splice(Number(key), 1)
        else delete target[key]
      }
      return
    }
    case 'retype':
      return replace(root, node, structuredCloneSafe(op.value))
    case 'string': {
      const target = strings[op.at % Math.max(strings.length, 1)] ?? node
      return replace(root, target, op.text)
    }
    case 'huge':
      return replace(root, strings[op.at % Math.max(strings.length, 1)] ?? node, hugeOf(op.size, op.shape))
    case 'deep':
      return replace(root, node, deepOf(op.depth, op.shape))
    case 'bytes': {
      const target = strings[op.at % Math.max(strings.length, 1)]
      return replace(root, target ?? node, new Raw(`"a${BYTES}${op.which % INVALID_BYTES.length}${BYTES}b"`))
    }
    case 'dupe':
    case 'proto':
    case 'extra': {
      const target = objects.filter((n) => !Array.isArray(n.value))[op.at % Math.max(objects.length, 1)]?.value
      if (!target || Array.isArray(target)) return replace(root, node, new Raw(`{"${op.kind}":1}`))
      const keys = Object.keys(target)
      const key =
        op.kind === 'dupe' ? (keys[op.key % Math.max(keys.length, 1)] ?? 'a') : op.kind === 'proto' ? op.key : op.key
      extras.set(target, [...(extras.get(target) ?? []), [key, structuredCloneSafe(op.value)]])
      return
    }
  }
}

const structuredCloneSafe = (v: unknown): unknown =>
  v instanceof Raw ? v : v === undefined ? null : JSON.parse(JSON.stringify(v))

function emit(value: unknown): string {
  if (value instanceof Raw) return value.text
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(emit).join(',')}]`
  const entries = [...Object.entries(value), ...(extras.get(value) ?? [])]
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${emit(v)}`).join(',')}}`
}

// The text, with every invalid-bytes marker turned into its bytes.
function toBytes(text: string): Buffer {
  const parts = text.split(BYTES)
  const out: Buffer[] = []
  parts.forEach((part, i) => out.push(i % 2 === 1 ? INVALID_BYTES[Number(part)]! : Buffer.from(part, 'utf8')))
  return Buffer.concat(out)
}

/** The bytes of the mutated body (undefined: no body at all). */
export function mutateBody(example: unknown, plan: BodyPlan): Buffer | undefined {
  if (plan.kind === 'none') return undefined
  if (example === undefined && plan.kind === 'keep') return undefined
  if (plan.kind === 'json' || plan.kind === 'text') return Buffer.from(plan.text, 'utf8')
  const valid = JSON.stringify(example ?? {})
  if (plan.kind === 'keep') return Buffer.from(valid, 'utf8')
  if (plan.kind === 'truncate') return Buffer.from(valid.slice(0, plan.at % Math.max(valid.length, 1)), 'utf8')
  const root = { value: JSON.parse(valid) as unknown }
  for (const op of plan.ops) apply(root, op)
  return toBytes(emit(root.value))
}
