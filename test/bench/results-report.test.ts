import { describe, expect, it } from 'vitest'
import type { HttpResult } from '../../bench/http-load.js'
import { renderReport, type HttpRun } from '../../bench/results-report.js'

const row = (path: string, requestsPerSecond: number, serverMicrosPerRequest: number | null = null): HttpResult => ({
  name: path,
  path,
  requestsPerSecond,
  p50: 5,
  p99: 30,
  completed: requestsPerSecond * 10,
  non2xx: 0,
  errors: 0,
  serverMicrosPerRequest,
  serverCores: serverMicrosPerRequest === null ? null : 1.04,
})

const report = (run: HttpRun) =>
  renderReport({
    command: 'npm run bench',
    machine: { cpu: 'test CPU', cores: 2, memoryGiB: 4, os: 'Linux', node: 'v20', loadAverage: [0.1, 0.1, 0.1] },
    loadAtEnd: [0.1, 0.1, 0.1],
    postgres: 'postgres 15',
    startedAt: new Date('2026-11-22T12:00:00Z'),
    seconds: 10,
    warmUpSeconds: 2,
    connections: 50,
    perCore: [],
    startup: [],
    cli: [],
    http: [run],
    failures: [],
  })

describe('the HTTP section of bench/RESULTS.md', () => {
  it("splits a route's server time into its answer, the domain's work and kohde's edge against the goal's budget", () => {
    // Bare 8,000/s: the goal is 4,000/s, i.e. 250 µs a request. The stored answer at 5,000/s takes 200 µs, leaving
    // 50. The domain's ceiling at 2,000/s is 500 µs (300 over the answer); kohde at 1,600/s is 625 µs (125 of edge),
    // 1,600 / 2,000 = 80 % of the ceiling.
    const text = report({
      database: 'SQLite',
      memory: null,
      notes: ['`/ceiling/compile` answers the first body with the same 29,792 bytes as `/api/v1/compile`'],
      rows: [
        row('GET /hello', 8000, 125),
        row('POST /ceiling/compile-answer', 5000),
        row('POST /ceiling/compile', 2000),
        row('POST /api/v1/compile', 1600, 640.4),
      ],
    })
    expect(text).toContain(
      "- `POST /api/v1/compile`: the stored answer alone runs at 0.625× the bare route, the domain's work on a bare" +
        " route at 0.250×, kohde at 0.200× (80 % of the domain's ceiling). At the goal a request may take 250 µs of" +
        ' server time; body and answer take 200 µs of it, leaving 50 µs for parsing, computing and serialising the' +
        " answer and for kohde's edge, which take 300 µs and 125 µs.",
    )
    expect(text).toContain(
      '- `/ceiling/compile` answers the first body with the same 29,792 bytes as `/api/v1/compile`.',
    )
    expect(text).toContain('| 1,600 | 5 | 30 | 0.200 | 640 (1.04) | 0 / 0 | **not met** (throughput, p99) |')
    expect(text).toContain('| 2,000 | 5 | 30 | 0.250 | — | 0 / 0 | — |')
  })

  it('says when even the stored answer is under the goal, and leaves the ceilings out of a run without them', () => {
    const slow = report({
      database: 'SQLite',
      memory: null,
      notes: [],
      rows: [
        row('GET /hello', 8000),
        row('POST /ceiling/estimate-answer', 3000),
        row('POST /ceiling/estimate', 2000),
        row('POST /api/v1/estimate', 1000),
      ],
    })
    // 250 µs allowed, 333 µs for the answer alone: nothing is left.
    expect(slow).toContain('body and answer take 333 µs of it, leaving nothing for parsing')
    const plain = report({ database: 'PostgreSQL', memory: null, notes: [], rows: [row('GET /hello', 8000)] })
    expect(plain).not.toContain('Against the ceilings')
  })
})
