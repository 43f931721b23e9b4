import { closeSync, openSync, statSync } from 'node:fs';
import type { CheckCommand } from './args';
import { settingsFor } from './config';
import { type FileOutput, type OutputOptions, fileOutputMaker } from './fileOutput';
import { reportFormatFor } from './format/formats';
import { diffsOnly } from './format/report';
import { type Input, resolveInputs } from './inputs';
import { isPipe, PipeWriter } from './pipeWriter';
import { type FileOutcome, checkFiles, planCheck, smallInputBytes } from './pool';
import { Progress } from './progress';
import { ReportWriter } from './reportWriter';
import type { CliIo } from './run';
import { createCliService, readSchemaFile } from './service';
import { readStream, writeInTurn } from './streams';
import { writeFileAtomic } from './writeAtomic';

type FileInput = Extract<Input, { kind: 'file' }>;

interface CheckedInput {
  readonly input: Input;
  readonly output: FileOutput;
}

/**
 * `catrec check`: the report on stdout (or the fixes' diff); the exit code. The report is written file by file,
 * in input order, as soon as the files before are written. With `--fix` or `--fix-dry-run` it waits for all
 * files: nothing is written to stdout when a file cannot be fixed.
 */
export async function runCheck(command: CheckCommand, io: CliIo): Promise<number> {
  const settings = await settingsFor(io.cwd, command.rules);
  const schemaXml = await readSchemaFile(command.schemaPath, io.cwd, settings);
  const inputs = await resolveInputs(command.operands, io.cwd, command.stdinFormat);
  const output: OutputOptions = { format: command.format, quiet: command.quiet, fix: command.fix ? 'write' : command.fixDryRun ? 'dry-run' : 'no' };
  const stdinBytes = inputs.some((input) => input.kind === 'stdin') ? await readStream(io.stdin) : undefined;

  const files = inputs.flatMap((input) => (input.kind === 'file' ? [input] : []));
  if (output.fix === 'no') {
    // Streaming cannot take back what it wrote: files that cannot be opened are found before anything is.
    const unopenable = unopenableFiles(files);
    if (unopenable.length > 0) return failWith(io, unopenable);
  }
  const frame = output.fix === 'dry-run' ? diffsOnly : reportFormatFor(command.format);
  const plan = await planCheck(files, command.jobs);
  // A long report streamed into a pipe is written from a thread of its own (pipeWriter.ts).
  const pipe = plan.totalBytes >= smallInputBytes && output.fix === 'no' && io.stdoutFd !== undefined && isPipe(io.stdoutFd)
    ? new PipeWriter(io.stdoutFd)
    : undefined;
  const progress = io.stderr.isTTY ? new Progress(io.stderr, inputs.length) : undefined;
  // On one terminal the report would land in the middle of the progress line: that line goes first. (A pipe is
  // no terminal, and `io.stdout` must then stay unused.)
  const clearProgress = progress && !pipe && io.stdout.isTTY ? () => progress.clear() : () => undefined;
  const writer = new ReportWriter(frame, (text) => {
    clearProgress();
    return pipe ? pipe.write(text) : writeInTurn(io.stdout, text);
  });
  const checked: CheckedInput[] = [];
  const problems: string[] = [];
  const take = async (input: Input, outcome: FileOutcome) => {
    if (!outcome.ok) problems.push(`cannot read ${input.displayPath}: ${outcome.message}`);
    else if (output.fix !== 'no') checked.push({ input, output: outcome.output });
    else if (problems.length === 0) await writer.add(outcome.output);
  };

  // Files are consumed in input order; standard input is checked on the main thread when its turn comes.
  let nextInput = 0;
  const takeStdinUpTo = async (end: number) => {
    for (; nextInput < end; nextInput++) {
      const input = inputs[nextInput]!;
      if (input.kind !== 'stdin') continue;
      const outputOf = fileOutputMaker(createCliService(schemaXml), settings, output);
      await take(input, { ok: true, output: outputOf(stdinBytes!, input.format, input.displayPath) });
    }
  };
  const inputPosition = new Map<Input, number>(inputs.map((input, position) => [input, position]));
  if (output.fix === 'no') await writer.start();
  await checkFiles(files, plan, {
    settings, schemaXml, output, workerScript: io.workerScript,
    onFileDone: (outcome) => progress?.fileDone(outcome.ok ? outcome.output.records : 0),
    consume: async (outcome, index) => {
      const position = inputPosition.get(files[index]!)!;
      await takeStdinUpTo(position);
      nextInput = position + 1;
      await take(files[index]!, outcome);
    },
  });
  await takeStdinUpTo(inputs.length);
  progress?.clear();

  if (output.fix !== 'no') {
    problems.push(...checked.filter(({ output: file }) => file.changedByFixes && file.invalidUtf8)
      .map(({ input }) => `${input.displayPath} is not valid UTF-8: not fixed, writing it back would lose bytes`));
    if (output.fix === 'write') problems.push(...await writeFixes(checked));
  }
  if (problems.length > 0) return failWith(io, problems);

  if (output.fix !== 'no') {
    await writer.start();
    for (const { output: file } of checked) await writer.add(file);
  }
  await writer.end();
  await pipe?.close();
  return exitCode(command, writer, io);
}

function exitCode(command: CheckCommand, writer: ReportWriter, io: CliIo): number {
  const { summary } = writer;
  if (summary.errors > 0) return 1;
  if (command.maxWarnings !== undefined && summary.warnings > command.maxWarnings) {
    io.stderr.write(`catrec: ${summary.warnings} warnings, more than --max-warnings ${command.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

function failWith(io: CliIo, problems: readonly string[]): number {
  io.stderr.write(problems.map((problem) => `catrec: ${problem}\n`).join(''));
  return 2;
}

/**
 * A message for each file that cannot be opened for reading, as reading it would say. One at a time (no EMFILE), and
 * synchronously: nothing else runs yet, and awaiting each open and close took ~20 ms per 100 files. Only regular
 * files are tried: opening and closing a named pipe would end it for its writer, and the check would then wait
 * for a writer that never comes.
 */
function unopenableFiles(files: readonly FileInput[]): string[] {
  const messages: string[] = [];
  for (const file of files) {
    try {
      if (statSync(file.absolutePath, { throwIfNoEntry: false })?.isFile() === false) continue;
      closeSync(openSync(file.absolutePath, 'r'));
    } catch (error) {
      messages.push(`cannot read ${file.displayPath}: ${(error as Error).message}`);
    }
  }
  return messages;
}

/** Writes each fixed file; returns a message for each one left untouched. */
async function writeFixes(checked: readonly CheckedInput[]): Promise<string[]> {
  const failures: string[] = [];
  for (const { input, output } of checked) {
    if (input.kind !== 'file' || output.fixedText === undefined || output.invalidUtf8) continue;
    await writeFileAtomic(input.absolutePath, output.fixedText).catch((error: Error) => {
      failures.push(`cannot write ${input.displayPath}: ${error.message}; left unchanged`);
    });
  }
  return failures;
}
