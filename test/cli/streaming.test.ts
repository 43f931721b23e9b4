import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { RecordGenerator, loadTemplates, writeCorpus } from '../../scripts/bench/corpus';
import { catrec, errorRecord, startCatrec, warningRecord, workspace } from './catrec';

const sharedDir = path.resolve(__dirname, '../../../shared');

/** Pipes hold about 64 KB: a report this much larger makes the writer wait for the reader many times over. */
const muchMoreThanAPipe = 1024 * 1024;

describe('catrec check streams the report in input order', () => {
  // Above the small-input fast path (2 MB), in files of different sizes, so workers finish out of order.
  const cwd = workspace({ 'middle/warn.record': `${warningRecord}\n${errorRecord}` });
  const generator = new RecordGenerator(loadTemplates(sharedDir), 11);
  writeCorpus(generator, path.join(cwd, 'big'), 2400, 300);
  writeCorpus(generator, path.join(cwd, 'small'), 200, 20);
  const operands = ['big', 'middle', '-', 'small'];
  const stdin = `${errorRecord}\n${warningRecord}`;

  test.each(['json', 'sarif', 'stylish'])('--format %s with --jobs 2 is byte-identical to --jobs 1, standard input in its place', (format) => {
    const single = catrec(['check', '--format', format, '--jobs', '1', ...operands], { cwd, input: stdin });
    const parallel = catrec(['check', '--format', format, '--jobs', '2', ...operands], { cwd, input: stdin });
    expect(single.stderr).toBe('');
    expect(parallel.stderr).toBe('');
    expect(single.status).toBe(1);
    expect(parallel.status).toBe(1);
    expect(parallel.stdout).toBe(single.stdout);
    const stdinPath = format === 'sarif' ? encodeURIComponent('<stdin>') : '<stdin>';
    expect(single.stdout.indexOf('middle/warn.record')).toBeLessThan(single.stdout.indexOf(stdinPath));
    expect(single.stdout.indexOf(stdinPath)).toBeLessThan(single.stdout.indexOf('small/'));
  });

  test('a worker that runs out of memory hands its file to a worker without a cap: same report', () => {
    const single = catrec(['check', '--format', 'json', '--jobs', '1', ...operands], { cwd, input: stdin });
    // 4 MB of heap is too little for any of these files: every capped worker runs out on its first file.
    const starved = catrec(['check', '--format', 'json', '--jobs', '2', ...operands], { cwd, input: stdin, env: { CATREC_WORKER_HEAP_MB: '4' } });
    expect(starved.stderr).toBe('');
    expect(starved.status).toBe(single.status);
    expect(starved.stdout).toBe(single.stdout);
  });

  test.each(['json', 'sarif', 'stylish'])('--format %s with --quiet: only errors, the same with --jobs 2 and --jobs 1', (format) => {
    const single = catrec(['check', '--format', format, '--quiet', '--jobs', '1', ...operands], { cwd, input: stdin });
    const parallel = catrec(['check', '--format', format, '--quiet', '--jobs', '2', ...operands], { cwd, input: stdin });
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.status).toBe(single.status);
    expect(single.stdout).toContain('orphan');
    expect(single.stdout).not.toContain('trailing whitespace.');
  });

  test.each([['1'], ['2']])('a reader that keeps pausing gets the whole report, in order (--jobs %s)', async (jobs) => {
    const expected = catrec(['check', '--format', 'sarif', '--jobs', '1', 'big', 'small'], { cwd }).stdout;
    expect(expected.length).toBeGreaterThan(muchMoreThanAPipe);
    const run = await readPausing(startCatrec(['check', '--format', 'sarif', '--jobs', jobs, 'big', 'small'], { cwd }), 4, 5);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.reads).toBeGreaterThan(4);
    expect(run.stdout).toBe(expected);
  });

  describe('into a pipe, written from a thread of its own while threads check', () => {
    const bigCwd = workspace();
    writeCorpus(new RecordGenerator(loadTemplates(sharedDir), 12), path.join(bigCwd, 'many'), 3000, 500);
    // Much more report than may wait for the writer thread: the main thread has to wait for it again and again.
    const bufferMb = 1;

    test('a reader that keeps pausing gets the whole report, byte-identical to one thread\'s', async () => {
      const expected = catrec(['check', '--format', 'json', '--jobs', '1', 'many'], { cwd: bigCwd }).stdout;
      expect(expected.length).toBeGreaterThan(4 * bufferMb * 1024 * 1024);
      const child = startCatrec(['check', '--format', 'json', '--jobs', '2', 'many'], { cwd: bigCwd, env: { CATREC_REPORT_BUFFER_MB: String(bufferMb) } });
      const run = await readPausing(child, 16, 2);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(expected);
    });

    test('a reader that goes away ends the command: exit 2, the write error on stderr', async () => {
      const child = startCatrec(['check', '--format', 'json', '--jobs', '2', 'many'], { cwd: bigCwd });
      child.stdin.end();
      child.stdout.once('data', () => child.stdout.destroy());
      const stderr: Buffer[] = [];
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
      const [status] = await once(child, 'close');
      expect(status).toBe(2);
      expect(Buffer.concat(stderr).toString()).toMatch(/^catrec: .*EPIPE/);
    });
  });
});

/** Reads a started `catrec` to its end as a slow reader does: a pause of `pauseMs` after every `readsPerPause` reads. */
async function readPausing(child: ChildProcessWithoutNullStreams, readsPerPause: number, pauseMs: number) {
  child.stdin.end();
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    if (chunks.length % readsPerPause === 0) {
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), pauseMs);
    }
  });
  const stderr: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const [status] = await once(child, 'close');
  return { status, reads: chunks.length, stdout: Buffer.concat(chunks).toString(), stderr: Buffer.concat(stderr).toString() };
}
