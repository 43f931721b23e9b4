import { version } from '../../../package.json';
import { severitySettings } from '../core/index';
import { conversionTargets, outputFormats, parseArgs } from './args';
import { runCheck } from './check';
import { configFileName } from './config';
import { runConvert, runPrepare } from './convert';
import { stdinFormats, supportedFileTypes } from './fileTypes';
import { runRender } from './render';
import { UsageError } from './usageError';

export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { readonly isTTY?: boolean };
  /** The descriptor behind `stdout`, when it is the process's own: `check` may then write to it from a thread. */
  readonly stdoutFd?: number;
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream;
  readonly cwd: string;
  /** The script worker threads run: the bundled CLI, which turns into a worker when started as one. */
  readonly workerScript: string;
}

const discoveredSuffixes = supportedFileTypes.filter((type) => type.discovered).map((type) => type.suffix).join(', ');
const namedSuffixes = supportedFileTypes.filter((type) => !type.discovered).map((type) => type.suffix).join(', ');

export const usage = `Usage: catrec check [options] [paths|dirs|globs|-]
       catrec render <file|-> [--record <id>] [-o page.html]
       catrec convert --to <${conversionTargets.join('|')}> [file|-] [-o out]
       catrec prepare [file|-] [--keep-version] [-o out]
       catrec --help | --version

Commands:
  check     check records and print their problems
  render    write the preview page of one record as a standalone HTML file
  convert   write the records in another format (.record, Solr JSON, Solr XML)
  prepare   write a Solr JSON update payload without the fields Solr fills itself

Inputs: ${discoveredSuffixes} files; ${namedSuffixes} when named explicitly.
Directories are searched recursively and globs (*, ?, **) matched for ${discoveredSuffixes} only.
"-" reads standard input as .record unless --stdin-format says otherwise.

Options of every command:
  --stdin-format <${Object.keys(stdinFormats).join('|')}>  how "-" is parsed (default: record)
  --schema <schema.xml>          the Solr schema of your index

check:
  --format <${outputFormats.join('|')}>  output format (default: stylish)
  --rule <id>=<level>            set a rule's level: ${severitySettings.join('|')} (repeatable)
  --max-warnings <n>             exit 1 when there are more than n warnings
  --quiet                        report errors only
  --fix                          apply every safe fix and write the files back
  --fix-dry-run                  print the safe fixes as a unified diff; change nothing
  --jobs <n>                     threads that check (default: one per core; 1 = the main thread alone)

render:
  --record <id>                  the record with this id (default: the first record)
convert:
  --to <${conversionTargets.join('|')}>           the target format (required)
prepare:
  --keep-version                 keep _version_ (Solr then checks it: optimistic concurrency)
render, convert, prepare:
  -o, --output <file>            write there atomically instead of to standard output

Settings are read from the nearest ${configFileName} upward from the working directory
({"rules": {"<id>": "<level>"}}, as the editor's catalogRecords settings); flags win.
Exit codes: 0 no errors, 1 errors found or too many warnings (check), 2 usage or I/O error,
or (convert, prepare) an input with syntax errors.`;

/** The `catrec` command line; returns the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseArgs(args);
    switch (command.kind) {
      case 'help':
        io.stdout.write(`${usage}\n`);
        return 0;
      case 'version':
        io.stdout.write(`${version}\n`);
        return 0;
      case 'check':
        return await runCheck(command, io);
      case 'render':
        return await runRender(command, io);
      case 'convert':
        return await runConvert(command, io);
      case 'prepare':
        return await runPrepare(command, io);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`catrec: ${message}\n${error instanceof UsageError ? 'Run "catrec --help" for usage.\n' : ''}`);
    return 2;
  }
}
