import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { firstValue } from '../core/model/record';
import type { RenderCommand } from './args';
import type { CliIo } from './run';
import { emit, loadInput, warn } from './singleInput';
import { UsageError } from './usageError';

/** The stylesheet the extension's preview uses; it ships in the package beside `dist/` (see `.npmignore`). */
export const previewStylesheetPath = path.join(__dirname, '..', 'media', 'preview.css');

/**
 * `catrec render`: the editor's preview of one record as a standalone page. The stylesheet is inlined under a
 * fresh nonce and the CSP allows nothing else, so the page loads nothing and runs no script.
 */
export async function runRender(command: RenderCommand, io: CliIo): Promise<number> {
  const styleText = await readFile(previewStylesheetPath, 'utf8').catch((error: Error) => {
    throw new Error(`cannot read the preview stylesheet: ${error.message}`);
  });
  const input = await loadInput(command, io);
  if (!input.validUtf8) warn(io, [`${input.displayPath} is not valid UTF-8: undecodable bytes are shown as \uFFFD`]);
  const { document, service, settings } = input;
  const uniqueKey = service.schema.uniqueKey;
  const record = command.recordId === undefined
    ? document.records[0]
    : document.records.find((candidate) => firstValue(candidate, uniqueKey)?.text === command.recordId);
  if (!record && command.recordId !== undefined) {
    throw new UsageError(`${input.displayPath} has no record with ${uniqueKey} ${JSON.stringify(command.recordId)}`);
  }
  const page = { nonce: randomBytes(18).toString('base64'), cspSource: "'none'", styleText };
  // The preview shows the first record around the offset; a record's end is in no earlier record, while its
  // start may be the end of the one before (`</doc><doc>`).
  const preview = service.getPreview(document, settings, record?.span.end ?? 0, page);
  await emit(io, command.output, preview.html);
  return 0;
}
