import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import v8Flags from '../../server/src/cli/v8Flags.json';

const repoRoot = path.resolve(__dirname, '../..');

/**
 * The CLI bundled as `node esbuild.mjs` bundles it, but into a directory of this test process, so test files
 * running in parallel (and other builds of dist/) never read a half-written bundle. The directory is laid out
 * as the package is: `dist/catrec.js` with `media/preview.css` beside `dist/`, executable with the same first line.
 */
function buildCatrec(): string {
  const packageRoot = mkdtempSync(path.join(os.tmpdir(), 'catrec-bin-'));
  mkdirSync(path.join(packageRoot, 'media'));
  copyFileSync(path.join(repoRoot, 'media/preview.css'), path.join(packageRoot, 'media/preview.css'));
  const outfile = path.join(packageRoot, 'dist', 'catrec.js');
  buildSync({
    entryPoints: [path.join(repoRoot, 'server/src/cli/main.ts')], outfile, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', logLevel: 'warning', banner: { js: `#!/usr/bin/env -S node ${v8Flags.join(' ')}` }, mainFields: ['module', 'main'],
  });
  chmodSync(outfile, 0o755);
  return outfile;
}

let binary: string | undefined;

/** The bundled CLI the tests run (built once per test file). */
export function catrecBinary(): string {
  binary ??= buildCatrec();
  return binary;
}

export interface CatrecRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `catrec …` in `cwd`, optionally with standard input: the bundle itself, as an installed `catrec` runs;
 * `viaNode` runs `node catrec.js …` instead, which starts itself again with the V8 flags.
 */
export function catrec(args: readonly string[], options: { cwd: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; viaNode?: boolean }): CatrecRun {
  const script = catrecBinary();
  const [file, fileArgs] = options.viaNode ? [process.execPath, [script, ...args]] : [script, args];
  const result = spawnSync(file, fileArgs, {
    cwd: options.cwd, input: options.input ?? '', encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `catrec …` in `cwd` without waiting: for tests that read its output their own way. */
export function startCatrec(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): ChildProcessWithoutNullStreams {
  return spawn(catrecBinary(), args, { cwd: options.cwd, ...(options.env ? { env: { ...process.env, ...options.env } } : {}) });
}

/** A fresh directory holding `files` (path → content). */
export function workspace(files: Readonly<Record<string, string | Buffer>> = {}): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'catrec-test-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

/** A clean record, and ones with a warning (trailing space, fixable) and an error (a "+" line with nothing to continue). */
export const cleanRecord = 'id clean-1\ntitle The Cat\ntitle_sort cat\n';
export const warningRecord = 'id warn-1\ntitle A Dog\ntitle_sort dog\npublisher Sample Press \n';
export const errorRecord = 'id err-1\ntitle Birds\n\n+ orphan line\n';
