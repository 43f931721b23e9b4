import type { CliDiagnostic } from '../checkText';
import type { FilePartWriter, ReportFormat } from './report';

/** ESLint-style text: a heading per file with problems, one line per problem, a summary. */
export const stylishReport: ReportFormat = {
  head: '',
  beforeFirst: '',
  between: '',
  filePart: (path) => new StylishFilePart(path),
  tail: (s) => `${s.files} file(s), ${s.records} record(s): ${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info(s), ${s.hints} hint(s)\n`,
};

class StylishFilePart implements FilePartWriter {
  #out = '';

  constructor(readonly path: string) {}

  add(d: CliDiagnostic): void {
    if (this.#out === '') this.#out = `${this.path}\n`;
    this.#out += `  ${`${d.line}:${d.column}`.padEnd(8)} ${d.severity.padEnd(7)} ${d.message}  ${d.rule}\n`;
  }

  /** Nothing for a file without problems. */
  finish(): string {
    return this.#out === '' ? '' : `${this.#out}\n`;
  }
}
