import type { ConvertCommand, PrepareCommand } from './args';
import type { CliIo } from './run';
import { emit, loadInput, refuseLossyInput, warn } from './singleInput';

/** `catrec convert`: the records in another format; what the target cannot say exactly goes to stderr. */
export async function runConvert(command: ConvertCommand, io: CliIo): Promise<number> {
  const input = await loadInput(command, io);
  const refused = refuseLossyInput(input, io);
  if (refused !== undefined) return refused;
  const { text, problems } = input.service.convert(input.document, command.to);
  warn(io, problems.map((problem) => `${input.displayPath}: ${problem}`));
  await emit(io, command.output, text);
  return 0;
}

/** `catrec prepare`: a Solr JSON update payload without the fields Solr fills itself. */
export async function runPrepare(command: PrepareCommand, io: CliIo): Promise<number> {
  const input = await loadInput(command, io);
  const refused = refuseLossyInput(input, io);
  if (refused !== undefined) return refused;
  const { text, problems } = input.service.prepareForIndexing(input.document, { keepVersion: command.keepVersion });
  warn(io, problems.map((problem) => `${input.displayPath}: ${problem}`));
  await emit(io, command.output, text);
  return 0;
}
