import { describe, expect, test } from 'vitest';
import { measureProcess } from '../../scripts/bench/measure';

describe('the benchmark measures a process', () => {
  test('every byte of its output counted, its exit code, time and memory', async () => {
    const run = await measureProcess(process.execPath, ['-e', "process.stdout.write('x'.repeat(300000)); process.exitCode = 3"]);
    expect(run.stdoutBytes).toBe(300000);
    expect(run.exitCode).toBe(3);
    expect(run.wallMs).toBeGreaterThan(0);
    expect(run.peakRssBytes).toBeGreaterThan(1e6);
  });
});
