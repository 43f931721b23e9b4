import { describe, expect, test } from 'vitest';
import { measureProcess } from '../../scripts/bench/measure';

const writer = ['-e', "process.stdout.write('x'.repeat(300000)); process.exitCode = 3"];

describe('the benchmark measures a process', () => {
  test.each(['wc', 'node'] as const)('with its output read by %s: every byte counted, exit code, time and memory', async (reader) => {
    const run = await measureProcess(process.execPath, writer, reader);
    expect(run.stdoutBytes).toBe(300000);
    expect(run.exitCode).toBe(3);
    expect(run.wallMs).toBeGreaterThan(0);
    expect(run.peakRssBytes).toBeGreaterThan(1e6);
  });
});
