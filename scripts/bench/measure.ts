import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface ProcessRun {
  readonly wallMs: number;
  readonly peakRssBytes: number;
  /** User + system CPU time of the process and its threads (GNU time only; NaN without it). */
  readonly cpuMs: number;
  readonly exitCode: number;
  readonly stdoutBytes: number;
}

const gnuTime = '/usr/bin/time';

/**
 * Who reads the command's standard output (a pipe either way):
 * - `wc`: `wc -c`, a process of its own, as in `catrec check … | wc -c`: the lightest reader there is;
 * - `node`: this process, chunk by chunk, as a Node program that runs catrec would. Reading the 217 MB report of
 *   the 100k-record corpus cost it ~200 ms of CPU, taken from the two cores the command runs on.
 * `wc` when the machine has it, else `node`.
 */
export type OutputReader = 'wc' | 'node';

export const defaultReader: OutputReader = spawnSync('wc', ['-c'], { input: '' }).status === 0 ? 'wc' : 'node';

/**
 * Runs a command to completion, measuring wall time and peak RSS: GNU time's "Maximum resident set size"
 * when /usr/bin/time exists, else VmHWM polled from /proc/<pid>/status.
 */
export async function measureProcess(command: string, args: readonly string[], reader: OutputReader = defaultReader): Promise<ProcessRun> {
  const timeFile = path.join(os.tmpdir(), `catrec-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const useGnuTime = existsSync(gnuTime);
  const [file, fileArgs] = useGnuTime ? [gnuTime, ['-v', '-o', timeFile, command, ...args]] : [command, [...args]];
  const counter = reader === 'wc' ? spawn('wc', ['-c'], { stdio: ['pipe', 'pipe', 'inherit'] }) : undefined;
  let counted = '';
  counter?.stdout.on('data', (chunk: Buffer) => { counted += chunk.toString(); });
  const counterDone = counter ? new Promise<void>((resolve, reject) => { counter.on('error', reject); counter.on('close', () => resolve()); }) : undefined;
  const started = performance.now();
  const child = spawn(file, fileArgs, { stdio: ['ignore', counter ? counter.stdin : 'pipe', 'inherit'] });
  // The command holds the pipe now; `wc` ends when it does.
  counter?.stdin.destroy();
  let stdoutBytes = 0;
  child.stdout?.on('data', (chunk: Buffer) => { stdoutBytes += chunk.length; });
  let polledPeak = 0;
  const poll = useGnuTime ? undefined : setInterval(() => { polledPeak = Math.max(polledPeak, highWaterMark(child.pid!)); }, 20);
  const run = await new Promise<ProcessRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (poll) clearInterval(poll);
      let peakRssBytes = polledPeak;
      let cpuMs = Number.NaN;
      if (useGnuTime) {
        const report = readFileSync(timeFile, 'utf8');
        rmSync(timeFile, { force: true });
        peakRssBytes = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1] ?? 0) * 1024;
        const seconds = (label: string) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(report)?.[1] ?? Number.NaN);
        cpuMs = (seconds('User') + seconds('System')) * 1000;
      }
      resolve({ wallMs, peakRssBytes, cpuMs, exitCode: code ?? -1, stdoutBytes });
    });
  });
  if (!counterDone) return run;
  await counterDone;
  return { ...run, stdoutBytes: Number(counted.trim()) };
}

/** VmHWM (peak resident set) of a live process, in bytes; 0 once it is gone. */
export function highWaterMark(pid: number): number {
  return statusField(pid, 'VmHWM');
}

export function residentSet(pid: number): number {
  return statusField(pid, 'VmRSS');
}

function statusField(pid: number, field: string): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
