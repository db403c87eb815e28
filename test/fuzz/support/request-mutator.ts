import fc from 'fast-check'
import { bodyPlanArbitrary, HOSTILE_STRINGS, mutateBody, type BodyPlan } from './body-mutator.js'
import type { Identity } from './fuzz-world.js'
import type { RawRequest } from './http-client.js'
import type { Example } from './route-examples.js'

export type Who = 'anonymous' | 'admin' | 'staff' | 'planner' | 'client' | 'otherAgency'
export type Via = 'token' | 'session' | 'session-no-csrf' | 'session-bad-csrf'

// Path parameters an attacker would try: traversal, NUL, bad percent-encoding, other kinds of id, huge ones.
const HOSTILE_PARAMS = [
  '..',
  '../',
  '..%2f..%2fetc%2fpasswd',
  '%2e%2e',
  '%2e%2e%2f%2e%2e%2f',
  '%252e%252e%252f',
  '..%5c..%5c',
  '%00',
  'x%00.json',
  '%FF',
  '%E0%A4%A',
  '%C0%AE%C0%AE',
  '%',
  '%0d%0aSet-Cookie:%20a=b',
  "'%20OR%201=1%20--",
  '00000000-0000-0000-0000-000000000000',
  '01900000-0000-7000-8000-000000000000',
  '9'.repeat(2000),
  'null',
  '-1',
  '%F0%9F%8F%A1',
  '__proto__',
  'constructor',
]
const PATH_SHAPES = ['', '/', '//', '/..', '/%2e%2e', '/%00', '/.%2e/', '?', '#', ';x=1', '/' + 'a'.repeat(3000)]
const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=UTF-8',
  'application/json; charset="utf-8"',
  'application/json; charset=latin1',
  'application/json; charset=iso-8859-1',
  'application/json; charset=utf-16',
  'application/json; charset=utf-32',
  'application/json; charset=nonsense',
  'application/json; charset=',
  'application/json;;;',
  'application/json, text/plain',
  'application/vnd.api+json',
  'application/merge-patch+json',
  'text/json',
  'text/plain',
  'text/html',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'multipart/form-data',
  'application/octet-stream',
  '*/*',
  '',
  'json',
  'application/' + 'j'.repeat(2000),
]
const AUTHORIZATIONS = [
  '',
  'Bearer',
  'Bearer ',
  'bearer kohde_x',
  'Bearer kohde_' + 'A'.repeat(199),
  'Bearer kohde_' + 'A'.repeat(400),
  'Bearer ../../etc/passwd',
  'Bearer %00',
  'Basic YWRtaW46YWRtaW4=',
  'Bearer a b',
  'Bearer ' + '='.repeat(50),
  'Token abc',
  'Bearer\tkohde_x',
  'Bearer ' + 'é'.repeat(10),
]
const COOKIES = [
  'kohde_session=',
  'kohde_session=garbage',
  'kohde_session=' + 'A'.repeat(4000),
  'kohde_session=a; kohde_session=b',
  'kohde_session',
  '=kohde_session',
  ';;;',
  'kohde_session="quoted"',
  'kohde_session=%00',
  'kohde_csrf=x; kohde_session=x',
  '__proto__=x; constructor=y',
]

export type HeaderOp =
  | { kind: 'content-type'; value: string }
  | { kind: 'content-encoding'; value: string }
  | { kind: 'authorization'; value: string }
  | { kind: 'cookie'; value: string }
  | { kind: 'csrf'; value: string }
  | { kind: 'big'; size: number }
  | { kind: 'other'; name: string; value: string }

const headerValue = (text: string) => text.replace(/[^\t\x20-\x7e\x80-\xff]/g, '?')
const headerOpArbitrary: fc.Arbitrary<HeaderOp> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('content-type' as const), value: fc.constantFrom(...CONTENT_TYPES) }),
  },
  fc.record({
    kind: fc.constant('content-encoding' as const),
    value: fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'zstd', 'x-nonsense', 'gzip, gzip'),
  }),
  fc.record({
    kind: fc.constant('authorization' as const),
    value: fc.oneof(fc.constantFrom(...AUTHORIZATIONS), fc.string().map(headerValue)),
  }),
  fc.record({
    kind: fc.constant('cookie' as const),
    value: fc.oneof(fc.constantFrom(...COOKIES), fc.string().map(headerValue)),
  }),
  fc.record({
    kind: fc.constant('csrf' as const),
    value: fc.oneof(fc.constantFrom('', 'x', 'A'.repeat(43), 'A'.repeat(500)), fc.string().map(headerValue)),
  }),
  fc.record({ kind: fc.constant('big' as const), size: fc.integer({ min: 1_000, max: 4_000 }) }),
  fc.record({
    kind: fc.constant('other' as const),
    name: fc.constantFrom(
      'accept',
      'accept-language',
      'accept-charset',
      'x-request-id',
      'x-forwarded-for',
      'x-forwarded-proto',
      'x-forwarded-host',
      'origin',
      'referer',
      'host',
      'range',
      'if-range',
      'if-match',
      'if-none-match',
      'if-modified-since',
      'if-unmodified-since',
      'expect-ct',
      'x-http-method-override',
    ),
    value: fc.oneof(
      fc.constantFrom(
        '',
        '*/*',
        'text/html',
        'application/json;q=0',
        'https://evil.example',
        'evil.example',
        'https',
        'bytes=0-1,5-',
        'bytes=999999999-',
        'bytes=5-1',
        'bytes=-0',
        '"nope"',
        'W/"x", *',
        'Thu, 01 Jan 1970 00:00:00 GMT',
        '1.2.3.4, 999.1.1.1',
        'DELETE',
        'fi;q=NaN',
        'a'.repeat(300),
        'ok-id_1.2:3',
        'id with spaces',
        '<script>',
      ),
      fc.string().map(headerValue),
    ),
  }),
)

export type QueryOp =
  | { kind: 'drop'; index: number }
  | { kind: 'set'; index: number; value: string }
  | { kind: 'add'; key: string; value: string }
  | { kind: 'repeat'; index: number }
  | { kind: 'raw'; text: string }

const RAW_QUERIES = [
  '%',
  '%ZZ',
  '%FF',
  '%00',
  '&&&',
  '=',
  '==',
  'a[b]=1',
  'a[]=1&a[]=2',
  '__proto__=x',
  '__proto__[admin]=1',
  'constructor[prototype][x]=1',
  'limit',
  'limit=',
  'q=' + 'x'.repeat(4_000),
  '?',
  '+',
  'a=%F0%9F',
]
const queryOpArbitrary: fc.Arbitrary<QueryOp> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), index: fc.nat() }),
  fc.record({
    kind: fc.constant('set' as const),
    index: fc.nat(),
    value: fc.oneof(fc.constantFrom(...HOSTILE_STRINGS, '0', '201', '1e309', '1.5', 'abc', '-0', ' 5 '), fc.string()),
  }),
  fc.record({
    kind: fc.constant('add' as const),
    key: fc.oneof(
      fc.constantFrom(
        'limit',
        'cursor',
        'format',
        'channels',
        'tag',
        'clientId',
        'q',
        'facet',
        'locale',
        'objectId',
        '__proto__',
      ),
      fc.string(),
    ),
    value: fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string()),
  }),
  fc.record({ kind: fc.constant('repeat' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('raw' as const), text: fc.constantFrom(...RAW_QUERIES) }),
)

export type PathOp =
  { kind: 'param'; value: string } | { kind: 'suffix'; value: string } | { kind: 'upper' } | { kind: 'foreign' }

/** The mutation script of one request: pure data fast-check generates and shrinks, applied to a route's example. */
export type RequestPlan = {
  target: number
  who: Who
  via: Via
  method: string | null
  path: PathOp | null
  query: QueryOp[]
  headers: HeaderOp[]
  body: BodyPlan
}

// Every method a route might be asked with, odd ones included (the sweep in routes-fuzz.test.ts sends each).
export const FUZZ_METHODS = [
  'GET',
  'POST',
  'PUT',
  'PATCH',
  'HEAD',
  'OPTIONS',
  'TRACE',
  'PROPFIND',
  'MKCOL',
  'LOCK',
  'M-SEARCH',
]

const WHO: Who[] = ['anonymous', 'admin', 'staff', 'planner', 'client', 'otherAgency']
export const requestPlanArbitrary = (targets: number): fc.Arbitrary<RequestPlan> =>
  fc.record({
    target: fc.nat({ max: targets - 1 }),
    who: fc.constantFrom(...WHO),
    via: fc.constantFrom<Via>('token', 'token', 'session', 'session-no-csrf', 'session-bad-csrf'),
    method: fc.oneof(
      { weight: 12, arbitrary: fc.constant(null) },
      // Never DELETE: on another route's fixed objects it would take the world away (DELETE routes have victims).
      fc.constantFrom(...FUZZ_METHODS),
    ),
    path: fc.oneof(
      { weight: 6, arbitrary: fc.constant(null) },
      fc.record({
        kind: fc.constant('param' as const),
        value: fc.oneof(fc.constantFrom(...HOSTILE_PARAMS), fc.string().map(encode)),
      }),
      fc.record({ kind: fc.constant('suffix' as const), value: fc.constantFrom(...PATH_SHAPES) }),
      fc.constant({ kind: 'upper' as const }),
      fc.constant({ kind: 'foreign' as const }),
    ),
    query: fc.array(queryOpArbitrary, { maxLength: 3 }),
    headers: fc.array(headerOpArbitrary, { maxLength: 3 }),
    body: bodyPlanArbitrary,
  })

// encodeURIComponent throws on a lone surrogate: send one as its CESU-8 bytes, which no UTF-8 decoder accepts.
// Capped so that path, query and headers stay under Node's 16 KiB header limit (test/fuzz/http-parser.test.ts).
const encode = (text: string) =>
  [...text]
    .map((c) => (/[\uD800-\uDFFF]/.test(c) ? '%ED%A0%80' : encodeURIComponent(c)))
    .join('')
    .slice(0, 2000)
    .replace(/%[0-9A-F]?$/, '')

const UUID =
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|kohde_[A-Za-z0-9_-]+|(?<=\/share\/)[A-Za-z0-9_-]+/
const encodePath = (path: string) => path.split('/').map(encode).join('/')

function mutatePath(path: string, op: PathOp | null, foreignId: string): string {
  const encoded = encodePath(path)
  if (op === null) return encoded
  if (op.kind === 'suffix') return encoded + op.value
  if (op.kind === 'upper') return encoded.toUpperCase()
  const replacement = op.kind === 'foreign' ? foreignId : op.value
  return UUID.test(encoded) ? encoded.replace(UUID, replacement) : `${encoded}/${replacement}`
}

function mutateQuery(query: Record<string, string>, ops: QueryOp[]): string {
  const pairs = Object.entries(query).map(([k, v]) => `${encode(k)}=${encode(v)}`)
  for (const op of ops) {
    const i = pairs.length === 0 ? 0 : ('index' in op ? op.index : 0) % pairs.length
    if (op.kind === 'drop') pairs.splice(i, 1)
    else if (op.kind === 'set' && pairs[i]) pairs[i] = `${pairs[i].split('=')[0]}=${encode(op.value)}`
    else if (op.kind === 'repeat' && pairs[i]) pairs.push(pairs[i])
    else if (op.kind === 'add') pairs.push(`${encode(op.key)}=${encode(op.value)}`)
    else if (op.kind === 'raw') pairs.push(op.text)
  }
  return pairs.length ? `?${pairs.join('&')}` : ''
}

export type Credentials = Pick<Identity, 'token' | 'session' | 'csrf'> | null

/** The bytes to send: the route's example as `who` via `via`, then the plan's mutations on path, query, headers, body. */
export function mutateRequest(
  method: string,
  example: Example,
  plan: RequestPlan,
  credentials: Credentials,
  foreignId: string,
): RawRequest {
  const headers: Record<string, string> = {}
  const cookies: string[] = Object.entries(example.cookies ?? {}).map(([k, v]) => `${k}=${v}`)
  if (credentials && plan.via === 'token') headers.authorization = `Bearer ${credentials.token}`
  if (credentials && plan.via !== 'token') {
    cookies.push(`kohde_session=${credentials.session}`)
    if (plan.via === 'session') headers['x-csrf-token'] = credentials.csrf
    if (plan.via === 'session-bad-csrf') headers['x-csrf-token'] = credentials.csrf.slice(0, -1) + 'A'
  }
  if (cookies.length) headers.cookie = cookies.join('; ')

  let body: Buffer | undefined
  if (example.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded'
    body =
      plan.body.kind === 'keep' || plan.body.kind === 'none'
        ? Buffer.from(new URLSearchParams(example.form).toString())
        : mutateBody(example.form, plan.body)
    if (plan.body.kind === 'none') body = undefined
  } else {
    body = mutateBody(example.body, plan.body)
    if (body !== undefined) headers['content-type'] = 'application/json'
  }
  for (const op of plan.headers) {
    if (op.kind === 'big') headers['x-padding'] = 'p'.repeat(op.size)
    else if (op.kind === 'other') headers[op.name] = op.value
    else if (op.kind === 'csrf') headers['x-csrf-token'] = op.value
    else headers[op.kind] = op.value
  }
  const path = mutatePath(example.path, plan.path, foreignId) + mutateQuery(example.query ?? {}, plan.query)
  return { method: plan.method ?? method, path, headers, body }
}
