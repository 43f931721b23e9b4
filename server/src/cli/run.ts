import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { version } from '../../../package.json';
import { type CatalogSettings, defaultSettings } from '../core/index';
import { type CheckCommand, outputFormats, parseArgs, severitySettings } from './args';
import { type CheckedFile, checkBytes } from './checkText';
import { configFileName, findConfigFile, readConfigFile } from './config';
import { unifiedDiff } from './diff';
import { supportedFileTypes } from './fileTypes';
import { formatJson } from './format/json';
import type { FileReport } from './format/report';
import { summarize } from './format/report';
import { formatSarif } from './format/sarif';
import { formatStylish } from './format/stylish';
import { type Input, resolveInputs } from './inputs';
import { checkFiles } from './pool';
import { Progress } from './progress';
import { createCliService } from './service';
import { UsageError } from './usageError';
import { writeFileAtomic } from './writeAtomic';

export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream;
  readonly cwd: string;
  /** The script worker threads run: the bundled CLI, which turns into a worker when started as one. */
  readonly workerScript: string;
}

export const usage = `Usage: catrec check [options] [paths|dirs|globs|-]
       catrec --help | --version

Checks catalog records (${supportedFileTypes.map((type) => type.extension).join(', ')}) and prints their problems.
Directories are searched recursively; globs support *, ? and **; "-" reads standard input.

Options:
  --format <${outputFormats.join('|')}>  output format (default: stylish)
  --rule <id>=<level>            set a rule's level: ${severitySettings.join('|')} (repeatable)
  --schema <schema.xml>          the Solr schema of your index
  --max-warnings <n>             exit 1 when there are more than n warnings
  --quiet                        report errors only
  --fix                          apply every safe fix and write the files back
  --fix-dry-run                  print the safe fixes as a unified diff; change nothing
  --jobs <n>                     worker threads (default: one per core; 1 = no workers)

Settings are read from the nearest ${configFileName} upward from the working directory
({"rules": {"<id>": "<level>"}}, as the editor's catalogRecords settings); flags win.
Exit codes: 0 no errors, 1 errors found or too many warnings, 2 usage or I/O error.`;

/** The `catrec` command line; returns the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseArgs(args);
    if (command.kind === 'help') {
      io.stdout.write(`${usage}\n`);
      return 0;
    }
    if (command.kind === 'version') {
      io.stdout.write(`${version}\n`);
      return 0;
    }
    return await runCheck(command, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`catrec: ${message}\n${error instanceof UsageError ? 'Run "catrec --help" for usage.\n' : ''}`);
    return 2;
  }
}

interface CheckedInput {
  readonly input: Input;
  readonly file: CheckedFile;
}

async function runCheck(command: CheckCommand, io: CliIo): Promise<number> {
  const settings = await settingsFor(command, io.cwd);
  const schemaXml = command.schemaPath === undefined ? undefined : await readSchema(command.schemaPath, io.cwd);
  const inputs = await resolveInputs(command.operands, io.cwd);
  const fixing = command.fix || command.fixDryRun;
  const stdinBytes = inputs.some((input) => input.kind === 'stdin') ? await readStream(io.stdin) : undefined;

  const files = inputs.flatMap((input) => (input.kind === 'file' ? [input] : []));
  const progress = io.stderr.isTTY ? new Progress(io.stderr, inputs.length) : undefined;
  const outcomes = await checkFiles(files, {
    settings, schemaXml, fix: fixing, jobs: command.jobs, workerScript: io.workerScript,
    onFileDone: (outcome) => progress?.fileDone(outcome.ok ? outcome.file.records : 0),
  });
  progress?.clear();

  const problems: string[] = [];
  const checked: CheckedInput[] = [];
  const outcomeOf = new Map(files.map((file, index) => [file, outcomes[index]!]));
  for (const input of inputs) {
    if (input.kind === 'stdin') {
      checked.push({ input, file: checkBytes(createCliService(schemaXml), stdinBytes!, settings, fixing) });
      continue;
    }
    const outcome = outcomeOf.get(input)!;
    if (outcome.ok) checked.push({ input, file: outcome.file });
    else problems.push(`cannot read ${input.displayPath}: ${outcome.message}`);
  }
  if (fixing) problems.push(...checked.filter(({ file }) => file.fixed !== undefined && file.invalidUtf8)
    .map(({ input }) => `${input.displayPath} is not valid UTF-8: not fixed, writing it back would lose bytes`));
  if (command.fix) problems.push(...await writeFixes(checked));
  if (problems.length > 0) {
    io.stderr.write(problems.map((problem) => `catrec: ${problem}\n`).join(''));
    return 2;
  }

  const reports: FileReport[] = checked.map(({ input, file }) => ({
    path: input.displayPath,
    records: file.records,
    diagnostics: command.quiet ? file.diagnostics.filter((d) => d.severity === 'error') : file.diagnostics,
  }));
  io.stdout.write(command.fixDryRun ? dryRunDiff(checked) : formatReports(command, reports));
  const summary = summarize(reports);
  if (summary.errors > 0) return 1;
  if (command.maxWarnings !== undefined && summary.warnings > command.maxWarnings) {
    io.stderr.write(`catrec: ${summary.warnings} warnings, more than --max-warnings ${command.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

async function settingsFor(command: CheckCommand, cwd: string): Promise<CatalogSettings> {
  const configFile = await findConfigFile(cwd);
  const fromFile = configFile ? await readConfigFile(configFile) : defaultSettings;
  return { ...fromFile, rules: { ...fromFile.rules, ...command.rules } };
}

async function readSchema(schemaPath: string, cwd: string): Promise<string> {
  const text = await readFile(path.resolve(cwd, schemaPath), 'utf8').catch((error: Error) => {
    throw new UsageError(`cannot read --schema ${schemaPath}: ${error.message}`);
  });
  // Parsed once here so that a broken schema is a usage error before any worker starts.
  createCliService(text);
  return text;
}

/** Writes each fixed file; returns a message for each one left untouched. */
async function writeFixes(checked: readonly CheckedInput[]): Promise<string[]> {
  const failures: string[] = [];
  for (const { input, file } of checked) {
    if (input.kind !== 'file' || file.fixed === undefined || file.invalidUtf8) continue;
    await writeFileAtomic(input.absolutePath, file.fixed.after).catch((error: Error) => {
      failures.push(`cannot write ${input.displayPath}: ${error.message}; left unchanged`);
    });
  }
  return failures;
}

function dryRunDiff(checked: readonly CheckedInput[]): string {
  return checked.map(({ input, file }) => (file.fixed ? unifiedDiff(input.displayPath, file.fixed.before, file.fixed.after) : '')).join('');
}

function formatReports(command: CheckCommand, reports: readonly FileReport[]): string {
  switch (command.format) {
    case 'json':
      return formatJson(reports);
    case 'sarif':
      return formatSarif(reports, version);
    case 'stylish':
      return formatStylish(reports);
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
