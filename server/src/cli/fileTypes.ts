import * as path from 'node:path';
import type { DocumentFormat } from '../core/model/document';

/** A kind of file `catrec` reads: found by extension when directories and globs are expanded. */
export interface FileType {
  readonly extension: string;
  readonly format: DocumentFormat;
}

/** Every file type the core can parse. Solr JSON and XML join this table when their parsers land. */
export const supportedFileTypes: readonly FileType[] = [
  { extension: '.record', format: 'record' },
];

export function fileTypeOf(file: string): FileType | undefined {
  const extension = path.extname(file).toLowerCase();
  return supportedFileTypes.find((type) => type.extension === extension);
}
