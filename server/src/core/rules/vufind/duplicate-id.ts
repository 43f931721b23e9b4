import { documentValuesOf } from '../../parse/recordChunks';
import { lineIndexOf } from '../../text/positions';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'vufind/duplicate-id',
  defaultSeverity: 'error',
  description: 'An id that another record in this file or the workspace also uses; Solr keeps only the document indexed last.',
  checkDocument(document, context) {
    const key = context.schema.uniqueKey;
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
      const elsewhere = context.workspace?.otherRecordsWithId(id) ?? [];
      if (earlier === undefined && elsewhere.length > 0) {
        const places = elsewhere.slice(0, 3).map((other) => `${other.uri}:${other.line + 1}`).join(', ');
        const more = elsewhere.length > 3 ? ` and ${elsewhere.length - 3} more` : '';
        context.report({
          span: value.span,
          message: `The ${key} "${id}" is also used in ${places}${more}: in one Solr core only the document indexed last survives.`,
        });
      }
    }
  },
};
