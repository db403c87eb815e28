import os from 'node:os'

export type Measurement = { name: string; opsPerSecond: number; iterations: number; seconds: number }

/** Runs fn repeatedly for about `seconds` after a warm-up; one thread, so the figure is per core. */
export function measure(name: string, fn: (i: number) => unknown, seconds = 2): Measurement {
  const warmUntil = performance.now() + 300
  for (let i = 0; performance.now() < warmUntil; i++) fn(i)
  let iterations = 0
  const start = performance.now()
  const stop = start + seconds * 1000
  while (performance.now() < stop) {
    for (let j = 0; j < 100; j++) fn(iterations++)
  }
  const elapsed = (performance.now() - start) / 1000
  return { name, opsPerSecond: iterations / elapsed, iterations, seconds: elapsed }
}

export function machineLine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  return `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`
}

export function printTable(title: string, rows: Measurement[], baseline: Measurement): void {
  console.log(`\n${title}`)
  console.log('| measurement | ops/s | × baseline |')
  console.log('|---|---:|---:|')
  for (const row of rows)
    console.log(
      `| ${row.name} | ${Math.round(row.opsPerSecond).toLocaleString('en')} | ${(row.opsPerSecond / baseline.opsPerSecond).toFixed(3)} |`,
    )
}

/**
 * Runs each fn in turn in short slices for about `seconds` in all, after a warm-up, and gives each the median rate
 * of its slices: on a shared machine every fn sees the same load, so their ratios hold when the absolute figures
 * do not.
 */
export function measureInterleaved(
  fns: readonly { name: string; fn: (i: number) => unknown }[],
  seconds = 6,
  sliceMs = 40,
): Measurement[] {
  for (const { fn } of fns) {
    const warmUntil = performance.now() + 300
    for (let i = 0; performance.now() < warmUntil; i++) fn(i)
  }
  const rates: number[][] = fns.map(() => [])
  const totals = fns.map(() => ({ iterations: 0, seconds: 0 }))
  const stop = performance.now() + seconds * 1000
  while (performance.now() < stop) {
    fns.forEach(({ fn }, k) => {
      const start = performance.now()
      const until = start + sliceMs
      let n = 0
      while (performance.now() < until) fn(totals[k]!.iterations + n++)
      const elapsed = (performance.now() - start) / 1000
      rates[k]!.push(n / elapsed)
      totals[k]!.iterations += n
      totals[k]!.seconds += elapsed
    })
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0
  return fns.map(({ name }, k) => ({ name, opsPerSecond: median(rates[k]!), ...totals[k]! }))
}
