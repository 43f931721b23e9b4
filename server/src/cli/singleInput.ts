import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { type CatalogService, type CatalogSettings, type RecordDocument, allRules } from '../core/index';
import { lineIndexOf } from '../core/text/positions';
import type { SingleInputCommand } from './args';
import { decodeUtf8 } from './checkText';
import { settingsFor } from './config';
import { formatOfNamedFile } from './fileTypes';
import { stdinDisplayPath } from './inputs';
import type { CliIo } from './run';
import { createCliService, readSchemaFile } from './service';
import { readStream } from './streams';
import { UsageError } from './usageError';
import { writeOutputAtomic } from './writeAtomic';

/** The one document render, convert and prepare work on. */
export interface LoadedInput {
  readonly displayPath: string;
  readonly service: CatalogService;
  /** The nearest settings file's (render shows the findings under them). */
  readonly settings: CatalogSettings;
  readonly document: RecordDocument;
  readonly validUtf8: boolean;
}

/** Reads the command's input (a file, its format by its name, or `-` in `--stdin-format`) and parses it. */
export async function loadInput(command: SingleInputCommand, io: CliIo): Promise<LoadedInput> {
  const settings = await settingsFor(io.cwd);
  const service = createCliService(await readSchemaFile(command.schemaPath, io.cwd, settings));
  if (command.input === '-') {
    const { text, valid } = decodeUtf8(await readStream(io.stdin));
    return { displayPath: stdinDisplayPath, service, settings, document: service.parseAs(text, command.stdinFormat), validUtf8: valid };
  }
  const file = path.resolve(io.cwd, command.input);
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new UsageError(`cannot read "${command.input}": no such file or directory`);
  if (info.isDirectory()) throw new UsageError(`"${command.input}" is a directory; this command reads one file`);
  const bytes = await readFile(file).catch((error: Error) => {
    throw new Error(`cannot read ${command.input}: ${error.message}`);
  });
  const { text, valid } = decodeUtf8(bytes);
  return { displayPath: command.input, service, settings, document: service.parseAs(text, formatOfNamedFile(file)), validUtf8: valid };
}

const defaultSeverityOf = new Map(allRules.map((rule) => [rule.id, rule.defaultSeverity]));

/**
 * What the parser could not read, as `path:line:column: message (rule)`, split into syntax errors (the input is
 * not valid JSON/XML/.record: converting it would silently drop parts) and values the parser skipped.
 */
export function parseProblemsOf(input: LoadedInput): { errors: string[]; skipped: string[] } {
  const index = lineIndexOf(input.document);
  const errors: string[] = [];
  const skipped: string[] = [];
  for (const problem of input.document.problems) {
    const { line, character } = index.positionAt(problem.span.start);
    const message = `${input.displayPath}:${line + 1}:${character + 1}: ${problem.message} (${problem.ruleId})`;
    (defaultSeverityOf.get(problem.ruleId) === 'error' ? errors : skipped).push(message);
  }
  return { errors, skipped };
}

/**
 * The gate of convert and prepare: an input they would change without saying so is refused (exit 2, nothing
 * written); values the parser skipped are warnings. Returns the exit code when refused.
 */
export function refuseLossyInput(input: LoadedInput, io: CliIo): number | undefined {
  if (!input.validUtf8) {
    io.stderr.write(`catrec: ${input.displayPath} is not valid UTF-8: its output would lose bytes\n`);
    return 2;
  }
  const { errors, skipped } = parseProblemsOf(input);
  if (errors.length > 0) {
    io.stderr.write(errors.map((error) => `catrec: ${error}\n`).join(''));
    io.stderr.write(`catrec: ${input.displayPath} has syntax errors; nothing written\n`);
    return 2;
  }
  warn(io, skipped);
  return undefined;
}

export function warn(io: CliIo, warnings: readonly string[]): void {
  io.stderr.write(warnings.map((warning) => `catrec: warning: ${warning}\n`).join(''));
}

/** The result on standard output, or atomically into `-o <file>`. */
export async function emit(io: CliIo, output: string | undefined, text: string): Promise<void> {
  if (output === undefined) {
    io.stdout.write(text);
    return;
  }
  await writeOutputAtomic(path.resolve(io.cwd, output), text).catch((error: Error) => {
    throw new Error(`cannot write ${output}: ${error.message}`);
  });
}
