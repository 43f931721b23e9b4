import type { DocumentFormat } from '../core/model/document';

/** A kind of file `catrec` reads, recognised by how its name ends. */
export interface FileType {
  readonly suffix: string;
  readonly format: DocumentFormat;
  /**
   * Picked up when directories and globs are expanded. Plain `.json`/`.xml` are not: a tree holds many JSON
   * and XML files that are no Solr documents (configs, schemas, package manifests); name them explicitly.
   */
  readonly discovered: boolean;
}

/** Every file type the core parses; the longest matching suffix wins (`a.solr.json` before `.json`). */
export const supportedFileTypes: readonly FileType[] = [
  { suffix: '.record', format: 'record', discovered: true },
  { suffix: '.solr.json', format: 'solr-json', discovered: true },
  { suffix: '.solr.jsonl', format: 'solr-jsonl', discovered: true },
  { suffix: '.solr.xml', format: 'solr-xml', discovered: true },
  { suffix: '.json', format: 'solr-json', discovered: false },
  { suffix: '.jsonl', format: 'solr-jsonl', discovered: false },
  { suffix: '.xml', format: 'solr-xml', discovered: false },
];

const bySuffixLength = [...supportedFileTypes].sort((a, b) => b.suffix.length - a.suffix.length);

export function fileTypeOf(file: string): FileType | undefined {
  const lower = file.toLowerCase();
  return bySuffixLength.find((type) => lower.endsWith(type.suffix));
}

/** A file named on the command line: its format by its name; any other name is read as `.record`. */
export function formatOfNamedFile(file: string): DocumentFormat {
  return fileTypeOf(file)?.format ?? 'record';
}

/** Whether directory and glob expansion picks the file up. */
export function isDiscovered(file: string): boolean {
  return fileTypeOf(file)?.discovered === true;
}

/** The names `--stdin-format` takes. */
export const stdinFormats: Readonly<Record<string, DocumentFormat>> = {
  record: 'record',
  json: 'solr-json',
  jsonl: 'solr-jsonl',
  xml: 'solr-xml',
};
