import { allRules } from '../core/index';
import type { SeveritySetting } from '../core/rules/rule';
import { UsageError } from './usageError';

export const outputFormats = ['stylish', 'json', 'sarif'] as const;
export type OutputFormat = (typeof outputFormats)[number];

export const severitySettings: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

export interface CheckCommand {
  readonly kind: 'check';
  readonly operands: readonly string[];
  readonly format: OutputFormat;
  /** `--rule` overrides, in command-line order; they win over `.catalog-records.json`. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly schemaPath: string | undefined;
  readonly maxWarnings: number | undefined;
  readonly quiet: boolean;
  readonly fix: boolean;
  readonly fixDryRun: boolean;
  /** Worker threads; undefined means one per core. */
  readonly jobs: number | undefined;
}

export type Command = { readonly kind: 'help' } | { readonly kind: 'version' } | CheckCommand;

const knownRuleIds = new Set(allRules.map((rule) => rule.id));

/** Parses the command line; throws `UsageError` for anything it does not understand. */
export function parseArgs(args: readonly string[]): Command {
  const [command, ...rest] = args;
  if (command === undefined) throw new UsageError('no command given');
  if (command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command === '--version' || command === '-v') return { kind: 'version' };
  if (command !== 'check') throw new UsageError(`unknown command "${command}"`);
  return parseCheck(rest);
}

function parseCheck(args: readonly string[]): Command {
  const operands: string[] = [];
  const rules: Record<string, SeveritySetting> = {};
  let format: OutputFormat = 'stylish';
  let schemaPath: string | undefined;
  let maxWarnings: number | undefined;
  let jobs: number | undefined;
  let quiet = false;
  let fix = false;
  let fixDryRun = false;
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
    const value = (): string => {
      if (inlineValue !== undefined) return inlineValue;
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      return next;
    };
    const noValue = (): void => {
      if (inlineValue !== undefined) throw new UsageError(`${name} takes no value`);
    };
    switch (name) {
      case '--help':
      case '-h':
        return { kind: 'help' };
      case '--format':
        format = oneOf(value(), outputFormats, '--format');
        break;
      case '--rule': {
        const [id, level] = parseRuleOverride(value());
        rules[id] = level;
        break;
      }
      case '--schema':
        schemaPath = value();
        break;
      case '--max-warnings':
        maxWarnings = count(value(), '--max-warnings', 0);
        break;
      case '--jobs':
        jobs = count(value(), '--jobs', 1);
        break;
      case '--quiet':
        noValue();
        quiet = true;
        break;
      case '--fix':
        noValue();
        fix = true;
        break;
      case '--fix-dry-run':
        noValue();
        fixDryRun = true;
        break;
      default:
        throw new UsageError(`unknown option "${name}"`);
    }
  }
  if (fix && fixDryRun) throw new UsageError('--fix and --fix-dry-run exclude each other');
  if (fix && operands.includes('-')) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run');
  return {
    kind: 'check', operands: operands.length > 0 ? operands : ['.'], format, rules, schemaPath, maxWarnings, quiet, fix, fixDryRun, jobs,
  };
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
  if (!knownRuleIds.has(id)) throw new UsageError(`${where}: unknown rule "${id}" (rules: ${[...knownRuleIds].join(', ')})`);
  if (typeof level !== 'string' || !(severitySettings as readonly string[]).includes(level)) {
    throw new UsageError(`${where}: level for "${id}" must be one of ${severitySettings.join('|')}, got ${JSON.stringify(level)}`);
  }
}

function oneOf<T extends string>(text: string, allowed: readonly T[], option: string): T {
  if (!(allowed as readonly string[]).includes(text)) throw new UsageError(`${option} must be one of ${allowed.join('|')}, got "${text}"`);
  return text as T;
}

function count(text: string, option: string, minimum: number): number {
  if (!/^\d+$/.test(text) || Number(text) < minimum) throw new UsageError(`${option} expects a whole number ≥ ${minimum}, got "${text}"`);
  return Number(text);
}
