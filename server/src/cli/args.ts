import { type ConversionTarget, type DocumentFormat, allRules, severitySettings } from '../core/index';
import type { SeveritySetting } from '../core/rules/rule';
import { closestMatches } from '../core/values/suggest';
import { stdinFormats } from './fileTypes';
import { UsageError } from './usageError';

export const outputFormats = ['stylish', 'json', 'sarif'] as const;
export type OutputFormat = (typeof outputFormats)[number];

/** What every command that reads records understands. */
interface InputOptions {
  /** How `-` (standard input) is parsed: `--stdin-format`, `.record` by default. */
  readonly stdinFormat: DocumentFormat;
  readonly schemaPath: string | undefined;
}

export interface CheckCommand extends InputOptions {
  readonly kind: 'check';
  readonly operands: readonly string[];
  readonly format: OutputFormat;
  /** `--rule` overrides, in command-line order; they win over `.catalog-records.json`. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly maxWarnings: number | undefined;
  readonly quiet: boolean;
  readonly fix: boolean;
  readonly fixDryRun: boolean;
  /** Worker threads; undefined means one per core. */
  readonly jobs: number | undefined;
}

/** The commands that read one input (a file or `-`) and write one output (`-o`, or standard output). */
export interface SingleInputCommand extends InputOptions {
  readonly input: string;
  readonly output: string | undefined;
}

export interface RenderCommand extends SingleInputCommand {
  readonly kind: 'render';
  /** The unique key of the record to show; undefined: the first record. */
  readonly recordId: string | undefined;
}

export interface ConvertCommand extends SingleInputCommand {
  readonly kind: 'convert';
  readonly to: ConversionTarget;
}

export interface PrepareCommand extends SingleInputCommand {
  readonly kind: 'prepare';
  readonly keepVersion: boolean;
}

export type Command =
  | { readonly kind: 'help' } | { readonly kind: 'version' } | CheckCommand | RenderCommand | ConvertCommand | PrepareCommand;

export const commandNames = ['check', 'render', 'convert', 'prepare'] as const;
export const conversionTargets: readonly ConversionTarget[] = ['record', 'json', 'xml'];

const knownRuleIds = new Set(allRules.map((rule) => rule.id));

/** Parses the command line; throws `UsageError` for anything it does not understand. */
export function parseArgs(args: readonly string[]): Command {
  const [command, ...rest] = args;
  if (command === undefined) throw new UsageError('no command given');
  if (command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command === '--version' || command === '-v') return { kind: 'version' };
  switch (command) {
    case 'check':
      return parseCheck(rest);
    case 'render':
      return parseRender(rest);
    case 'convert':
      return parseConvert(rest);
    case 'prepare':
      return parsePrepare(rest);
    default:
      throw new UsageError(`unknown command "${command}" (commands: ${commandNames.join(', ')})`);
  }
}

/** An option as the handler sees it: its value (from `--name=value` or the next argument) or the lack of one. */
interface OptionReader {
  readonly name: string;
  value(): string;
  flag(): void;
}

/**
 * Walks the arguments: operands are collected, each option goes to `onOption`, which returns false for one it
 * does not know. `--` ends the options. Returns undefined when `--help` was asked for.
 */
function readArgs(args: readonly string[], onOption: (option: OptionReader) => boolean): string[] | undefined {
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      operands.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.startsWith('--') && equals > 0 ? arg.slice(0, equals) : arg;
    const inlineValue = name === arg ? undefined : arg.slice(equals + 1);
    if (name === '--help' || name === '-h') return undefined;
    const reader: OptionReader = {
      name,
      value: () => {
        if (inlineValue !== undefined) return inlineValue;
        const next = args[++i];
        if (next === undefined) throw new UsageError(`${name} needs a value`);
        return next;
      },
      flag: () => {
        if (inlineValue !== undefined) throw new UsageError(`${name} takes no value`);
      },
    };
    if (!onOption(reader)) throw new UsageError(`unknown option "${name}"`);
  }
  return operands;
}

/** `--stdin-format` and `--schema`, which every command takes; false for any other option. */
function readInputOption(option: OptionReader, into: { stdinFormat: DocumentFormat; schemaPath: string | undefined }): boolean {
  if (option.name === '--stdin-format') {
    into.stdinFormat = stdinFormats[oneOf(option.value(), Object.keys(stdinFormats), '--stdin-format')]!;
    return true;
  }
  if (option.name === '--schema') {
    into.schemaPath = option.value();
    return true;
  }
  return false;
}

function parseCheck(args: readonly string[]): Command {
  const rules: Record<string, SeveritySetting> = {};
  const input = { stdinFormat: 'record' as DocumentFormat, schemaPath: undefined as string | undefined };
  let format: OutputFormat = 'stylish';
  let maxWarnings: number | undefined;
  let jobs: number | undefined;
  let quiet = false;
  let fix = false;
  let fixDryRun = false;
  const operands = readArgs(args, (option) => {
    switch (option.name) {
      case '--format':
        format = oneOf(option.value(), outputFormats, '--format');
        return true;
      case '--rule': {
        const [id, level] = parseRuleOverride(option.value());
        rules[id] = level;
        return true;
      }
      case '--max-warnings':
        maxWarnings = count(option.value(), '--max-warnings', 0);
        return true;
      case '--jobs':
        jobs = count(option.value(), '--jobs', 1);
        return true;
      case '--quiet':
        option.flag();
        quiet = true;
        return true;
      case '--fix':
        option.flag();
        fix = true;
        return true;
      case '--fix-dry-run':
        option.flag();
        fixDryRun = true;
        return true;
      default:
        return readInputOption(option, input);
    }
  });
  if (!operands) return { kind: 'help' };
  if (fix && fixDryRun) throw new UsageError('--fix and --fix-dry-run exclude each other');
  if (fix && operands.includes('-')) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run');
  return {
    kind: 'check', operands: operands.length > 0 ? operands : ['.'], format, rules, maxWarnings, quiet, fix, fixDryRun, jobs, ...input,
  };
}

/**
 * The shared part of render, convert and prepare: one input (`defaultInput` when none is given), `-o`,
 * `--stdin-format`, `--schema`, and the command's own options through `onOption`.
 */
function parseSingleInput(
  command: string, args: readonly string[], defaultInput: string | undefined, onOption: (option: OptionReader) => boolean,
): SingleInputCommand | undefined {
  const common = { stdinFormat: 'record' as DocumentFormat, schemaPath: undefined as string | undefined, output: undefined as string | undefined };
  const operands = readArgs(args, (option) => {
    if (option.name === '-o' || option.name === '--output') {
      common.output = option.value();
      return true;
    }
    return readInputOption(option, common) || onOption(option);
  });
  if (!operands) return undefined;
  if (operands.length > 1) throw new UsageError(`${command} reads one file or "-", got ${operands.length}: ${operands.join(' ')}`);
  const input = operands[0] ?? defaultInput;
  if (input === undefined) throw new UsageError(`${command} needs a file (or "-" for standard input)`);
  return { ...common, input };
}

function parseRender(args: readonly string[]): Command {
  let recordId: string | undefined;
  const common = parseSingleInput('render', args, undefined, (option) => {
    if (option.name !== '--record') return false;
    recordId = option.value();
    return true;
  });
  return common ? { kind: 'render', ...common, recordId } : { kind: 'help' };
}

function parseConvert(args: readonly string[]): Command {
  let to: ConversionTarget | undefined;
  const common = parseSingleInput('convert', args, '-', (option) => {
    if (option.name !== '--to') return false;
    to = oneOf(option.value(), conversionTargets, '--to');
    return true;
  });
  if (!common) return { kind: 'help' };
  if (to === undefined) throw new UsageError(`convert needs --to <${conversionTargets.join('|')}>`);
  return { kind: 'convert', ...common, to };
}

function parsePrepare(args: readonly string[]): Command {
  let keepVersion = false;
  const common = parseSingleInput('prepare', args, '-', (option) => {
    if (option.name !== '--keep-version') return false;
    option.flag();
    keepVersion = true;
    return true;
  });
  return common ? { kind: 'prepare', ...common, keepVersion } : { kind: 'help' };
}

/** `<rule id>=<level>` with a known rule and level. */
export function parseRuleOverride(text: string): [string, SeveritySetting] {
  const equals = text.lastIndexOf('=');
  if (equals <= 0) throw new UsageError(`--rule expects <rule id>=<level>, got "${text}"`);
  const id = text.slice(0, equals);
  checkRuleSetting(id, text.slice(equals + 1), '--rule');
  return [id, text.slice(equals + 1) as SeveritySetting];
}

/** Throws when `id` is no rule or `level` no severity setting; `where` names the source for the message. */
export function checkRuleSetting(id: string, level: unknown, where: string): asserts level is SeveritySetting {
  if (!knownRuleIds.has(id)) {
    const suggestion = ruleIdMeant(id);
    throw new UsageError(`${where}: unknown rule "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (rules: ${[...knownRuleIds].join(', ')})`);
  }
  if (typeof level !== 'string' || !(severitySettings as readonly string[]).includes(level)) {
    throw new UsageError(`${where}: level for "${id}" must be one of ${severitySettings.join('|')}, got ${JSON.stringify(level)}`);
  }
}

/** The rule id a mistyped one most likely means: the only id with that name under another prefix, or the closest. */
function ruleIdMeant(id: string): string | undefined {
  const sameName = [...knownRuleIds].filter((known) => known.endsWith(`/${id.slice(id.lastIndexOf('/') + 1)}`));
  return sameName.length === 1 ? sameName[0] : closestMatches(id, knownRuleIds, 1)[0];
}

function oneOf<T extends string>(text: string, allowed: readonly T[], option: string): T {
  if (!(allowed as readonly string[]).includes(text)) throw new UsageError(`${option} must be one of ${allowed.join('|')}, got "${text}"`);
  return text as T;
}

function count(text: string, option: string, minimum: number): number {
  if (!/^\d+$/.test(text) || Number(text) < minimum) throw new UsageError(`${option} expects a whole number ≥ ${minimum}, got "${text}"`);
  return Number(text);
}
