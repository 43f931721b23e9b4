import { spawn } from 'node:child_process';
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
 * Runs a command to completion, measuring wall time and peak RSS: GNU time's "Maximum resident set size"
 * when /usr/bin/time exists, else VmHWM polled from /proc/<pid>/status.
 */
export function measureProcess(command: string, args: readonly string[]): Promise<ProcessRun> {
  const timeFile = path.join(os.tmpdir(), `catrec-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const useGnuTime = existsSync(gnuTime);
  const [file, fileArgs] = useGnuTime ? [gnuTime, ['-v', '-o', timeFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, fileArgs, { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdoutBytes = 0;
  child.stdout.on('data', (chunk: Buffer) => { stdoutBytes += chunk.length; });
  let polledPeak = 0;
  const poll = useGnuTime ? undefined : setInterval(() => { polledPeak = Math.max(polledPeak, highWaterMark(child.pid!)); }, 20);
  return new Promise((resolve, reject) => {
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
