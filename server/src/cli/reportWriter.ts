import { byteLengthOf } from './format/byteBuilder';
import { type ReportFrame, type ReportPart, type Summary, SummaryTally } from './format/report';
import type { FileOutput } from './fileOutput';

/** Puts the files' parts of a report together as they come, in the order given, and keeps the summary. */
export class ReportWriter {
  readonly #tally = new SummaryTally();
  #anyPart = false;

  constructor(readonly format: ReportFrame, readonly write: (text: ReportPart) => Promise<void>) {}

  start(): Promise<void> {
    return this.write(this.format.head);
  }

  async add(file: FileOutput): Promise<void> {
    this.#tally.add(file.records, file.counts);
    if ((typeof file.text === 'string' ? file.text.length : byteLengthOf(file.text)) === 0) return;
    await this.write(this.#anyPart ? this.format.between : this.format.beforeFirst);
    this.#anyPart = true;
    await this.write(file.text);
  }

  end(): Promise<void> {
    return this.write(this.format.tail(this.summary, this.#anyPart));
  }

  get summary(): Summary {
    return this.#tally.summary;
  }
}
