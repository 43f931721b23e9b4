import { documentValueCounts, documentValuesOf } from '../../parse/documentValues';
import { lineIndexOf } from '../../text/positions';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'vufind/duplicate-id',
  defaultSeverity: 'error',
  description: 'An id that another record in this file or the workspace also uses; Solr keeps only the document indexed last.',
  checkDocument(document, context) {
    const key = context.schema.uniqueKey;
    // The editor asks after every keystroke: the counts (kept up to date by the chunked parse) say in a few steps
    // whether there is anything to report before the ids of every record are looked at.
    const counts = documentValueCounts(document, key);
    const elsewhere = context.workspace?.idsElsewhere() ?? new Set<string>();
    if (counts.overlapWith(elsewhere) === 0 && !hasAnId(counts.repeated)) return;
    /** Where each id first occurs; its line is looked up only for a duplicate's message. */
    const firstOffsetOfId = new Map<string, number>();
    for (const value of documentValuesOf(document, key)) {
      const id = value.text;
      if (id.trim() === '') continue;
      const earlier = firstOffsetOfId.get(id);
      if (earlier === undefined) firstOffsetOfId.set(id, value.span.start);
      else {
        // The line index is built for the first duplicate only: most documents have none.
        const line = lineIndexOf(document).positionAt(earlier).line;
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
  },
};

function hasAnId(ids: Iterable<string>): boolean {
  for (const id of ids) if (id.trim() !== '') return true;
  return false;
}

