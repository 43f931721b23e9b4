import { version } from '../../../package.json';
import type { CheckCommand } from './args';
import { type CheckedFile, checkBytes } from './checkText';
import { settingsFor } from './config';
import { unifiedDiff } from './diff';
import { formatJson } from './format/json';
import type { FileReport } from './format/report';
import { summarize } from './format/report';
import { formatSarif } from './format/sarif';
import { formatStylish } from './format/stylish';
import { type Input, resolveInputs } from './inputs';
import { checkFiles } from './pool';
import { Progress } from './progress';
import type { CliIo } from './run';
import { createCliService, readSchemaFile } from './service';
import { readStream } from './streams';
import { writeFileAtomic } from './writeAtomic';

interface CheckedInput {
  readonly input: Input;
  readonly file: CheckedFile;
}

/** `catrec check`: the report on stdout (or the fixes' diff); the exit code. */
export async function runCheck(command: CheckCommand, io: CliIo): Promise<number> {
  const settings = await settingsFor(io.cwd, command.rules);
  const schemaXml = await readSchemaFile(command.schemaPath, io.cwd);
  const inputs = await resolveInputs(command.operands, io.cwd, command.stdinFormat);
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
      checked.push({ input, file: checkBytes(createCliService(schemaXml), stdinBytes!, input.format, settings, fixing) });
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
