import type { RecordDocument } from '../../model/document';
import { documentValueCounts, documentValuesOf } from '../../parse/documentValues';
import { LineIndex, type TextLines } from '../../text/lineIndex';
import { lineIndexOf } from '../../text/positions';
import type { Rule, RuleContext, SliceChecker } from '../rule';

export const rule: Rule = {
  id: 'vufind/duplicate-id',
  defaultSeverity: 'error',
  description: 'An id that another record in this file or the workspace also uses; Solr keeps only the document indexed last.',
  checkDocument(document, context) {
    // The editor asks after every keystroke: the counts (kept up to date by the chunked parse) say in a few steps
    // whether there is anything to report before the ids of every record are looked at.
    const counts = documentValueCounts(document, context.schema.uniqueKey);
    if (counts.overlapWith(idsElsewhere(context)) === 0 && !hasAnId(counts.repeated)) return;
    new DuplicateIds('document').checkSlice(document, context);
  },
  checkDocumentInSlices: () => new DuplicateIds('slices'),
};

/** The ids seen so far, where each first occurs: a later record with one of them is a duplicate. */
class DuplicateIds implements SliceChecker {
  readonly #firstOffsetOfId = new Map<string, number>();
  /** Built for the first duplicate only: most documents have none. */
  #lines: TextLines | undefined;

  /**
   * A whole document has its own line index (the editor's is kept up to date); the slices of one share their text,
   * and one index over it serves them all.
   */
  constructor(readonly checking: 'document' | 'slices') {}

  checkSlice(document: RecordDocument, context: RuleContext): void {
    const key = context.schema.uniqueKey;
    const elsewhere = idsElsewhere(context);
    for (const value of documentValuesOf(document, key)) {
      const id = value.text;
      if (id.trim() === '') continue;
      const earlier = this.#firstOffsetOfId.get(id);
      if (earlier === undefined) this.#firstOffsetOfId.set(id, value.span.start);
      else {
        this.#lines ??= this.checking === 'document' ? lineIndexOf(document) : new LineIndex(document.text);
        const line = this.#lines.positionAt(earlier).line;
        context.report({
          span: value.span,
          message: `The ${key} "${id}" is already used by the record on line ${line + 1}: Solr keeps only the document indexed last, replacing the other.`,
        });
      }
      if (earlier !== undefined || !elsewhere.has(id)) continue;
      const places = context.workspace?.otherRecordsWithId(id) ?? [];
      if (places.length === 0) continue;
      const named = places.slice(0, 3).map((other) => `${other.uri}:${other.line + 1}`).join(', ');
      const unnamed = places.length > 3 ? ` and ${places.length - 3} more` : '';
      context.report({
        span: value.span,
        message: `The ${key} "${id}" is also used in ${named}${unnamed}: in one Solr core only the document indexed last survives.`,
      });
    }
  }
}

const noIds: ReadonlySet<string> = new Set();

function idsElsewhere(context: RuleContext): ReadonlySet<string> {
  return context.workspace?.idsElsewhere() ?? noIds;
}

function hasAnId(ids: Iterable<string>): boolean {
  for (const id of ids) if (id.trim() !== '') return true;
  return false;
}
