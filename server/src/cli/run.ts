import { readFile, readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { createCatalogService, defaultSettings } from '../core/index';
import { checkText } from './checkText';
import { formatStylish } from './stylish';

export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly cwd: string;
}

const supportedExtensions = new Set(['.record']);
const usage = `Usage: catrec check [paths|dirs|-]

Checks catalog records and prints their problems.
Exit codes: 0 no errors, 1 errors found, 2 usage or I/O error.`;

/** The `catrec` command line; returns the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(`${usage}\n`);
    return 0;
  }
  if (command !== 'check') {
    io.stderr.write(`catrec: unknown command ${command === undefined ? '(none)' : `"${command}"`}\n${usage}\n`);
    return 2;
  }
  let inputs: Array<{ path: string; text: string }>;
  try {
    inputs = await readInputs(rest.length > 0 ? rest : ['.'], io);
  } catch (error) {
    io.stderr.write(`catrec: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const service = createCatalogService();
  const results = inputs.map((input) => ({ path: input.path, ...checkText(service, input.text, defaultSettings) }));
  io.stdout.write(formatStylish(results));
  return results.some((result) => result.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) ? 1 : 0;
}

async function readInputs(paths: readonly string[], io: CliIo): Promise<Array<{ path: string; text: string }>> {
  const inputs: Array<{ path: string; text: string }> = [];
  for (const given of paths) {
    if (given === '-') {
      inputs.push({ path: '<stdin>', text: await readStream(io.stdin) });
      continue;
    }
    const absolute = path.resolve(io.cwd, given);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new Error(`cannot read "${given}": no such file or directory`);
    const files = info.isDirectory() ? await findRecordFiles(absolute) : [absolute];
    for (const file of files) inputs.push({ path: path.relative(io.cwd, file) || file, text: await readFile(file, 'utf8') });
  }
  return inputs;
}

async function findRecordFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const nested = await Promise.all(entries
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(async (entry) => {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) return findRecordFiles(full);
      return supportedExtensions.has(path.extname(entry.name)) ? [full] : [];
    }));
  return nested.flat();
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
