// Every child a benchmark starts is registered here, so a failure, Ctrl-C or a kill of the parent takes them along
// (and the exit handlers, such as the throwaway PostgreSQL cluster's stop, still run).
import type { ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'

const children = new Set<ChildProcess>()

export function track(child: ChildProcess): ChildProcess {
  children.add(child)
  child.once('exit', () => children.delete(child))
  return child
}

// SIGTERM, not SIGKILL: a child with a PostgreSQL cluster of its own (store.ts) stops it on the way out.
export function killAll(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
  children.clear()
}

let installed = false
/** On exit and on SIGINT / SIGTERM / SIGHUP: kill the children, then exit through the 'exit' handlers. */
export function killChildrenOnExit(): void {
  if (installed) return
  installed = true
  process.on('exit', killAll)
  // tsx relays a signal to the process it runs, so Ctrl-C can arrive twice: a second one must not cut the exit short.
  let stopping = false
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => {
      if (stopping) return
      stopping = true
      console.error(`\nbench: ${signal}, stopping`)
      process.exit(130)
    })
}

/** Stops a child politely (SIGTERM), then by force after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
}

/** Resident memory of a process in MiB (VmRSS) and its peak (VmHWM), from /proc; null where /proc is missing. */
export function residentMemory(pid: number): { rssMiB: number; peakMiB: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN)
    return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 }
  } catch {
    return null
  }
}

/** CPU time a process has used so far (user + system, all its threads), in seconds, from /proc; null without it. */
export function cpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    // utime and stime, in clock ticks of 10 ms (fields 14 and 15 of proc(5), counted after the name).
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return null
  }
}
