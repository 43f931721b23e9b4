import { describe, expect, test } from 'vitest';
import { measureProcess } from '../../scripts/bench/measure';

describe('the benchmark measures a process', () => {
  test('every byte of its output counted, its exit code, time and memory', async () => {
    // It lives a while: without GNU time, peak RSS is polled every 20 ms.
    const script = "process.stdout.write('x'.repeat(300000)); process.exitCode = 3; setTimeout(() => {}, 200);";
    const run = await measureProcess(process.execPath, ['-e', script]);
    expect(run.stdoutBytes).toBe(300000);
    expect(run.exitCode).toBe(3);
    expect(run.wallMs).toBeGreaterThan(0);
    expect(run.peakRssBytes).toBeGreaterThan(1e6);
  });
});
