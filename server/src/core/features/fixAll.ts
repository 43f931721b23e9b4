import type { RecordDocument, TextChange } from '../model/document';
import { ruleById } from '../rules/index';
import { applyChanges, nonOverlapping } from './changes';
import { type CheckOptions, checkDocument } from './check';
import { lastAtMost } from '../text/search';

/** Fix-all settles in a few rounds; the cap only guards against two fixes undoing each other forever. */
const maxRounds = 10;

/**
 * Applies every safe fix, re-checking after each round until nothing safe is left to fix,
 * so running it again on its own output changes nothing. A round whose result parses with more problems
 * than before (a fix broke the JSON or XML around it) is dropped: fix-all never breaks a file's syntax.
 * A fix that would make an untouched line read as an unindented value is left out of its round: removing a field
 * can leave the line below it (an unknown name) right under a multi-valued field, which then takes it for one of
 * its values.
 */
export function fixAll(text: string, parse: (text: string) => RecordDocument, options: CheckOptions): string {
  let document = parse(text);
  for (let round = 0; round < maxRounds; round++) {
    const current = document;
    let groups = checkDocument(current, options).findings.flatMap((finding) => {
      const fix = ruleById(finding.ruleId)?.fix?.({ span: finding.span, data: finding.data ?? {}, document: current })
        .find((candidate) => candidate.safe);
      return fix ? [fix.changes] : [];
    });
    for (;;) {
      const changes = nonOverlapping(groups);
      if (changes.length === 0) return current.text;
      const next = parse(applyChanges(current.text, changes));
      if (next.problems.length > current.problems.length) return current.text;
      const reattached = newlyUnindentedValues(current, next, changes);
      if (reattached.size === 0) {
        document = next;
        break;
      }
      // The culprit ends where the line it left behind starts.
      const kept = groups.filter((group) => !group.some((change) => reattached.has(change.span.end)));
      if (kept.length === groups.length) return current.text;
      groups = kept;
    }
  }
  return document.text;
}

/** Where (before `changes`) the values start that read as unindented after them and did not before. */
function newlyUnindentedValues(current: RecordDocument, next: RecordDocument, changes: readonly TextChange[]): Set<number> {
  const before = new Set(unindentedValueStarts(current));
  const moved = offsetsBeforeChanges(changes);
  const added = new Set<number>();
  for (const start of unindentedValueStarts(next)) {
    const old = moved(start);
    if (old !== undefined && !before.has(old)) added.add(old);
  }
  return added;
}

function unindentedValueStarts(document: RecordDocument): number[] {
  return document.records.flatMap((record) => record.fields.flatMap((field) =>
    field.values.filter((value) => value.layout === 'unindented').map((value) => value.span.start)));
}

/** Maps an offset of the changed text back to the text before `changes`; undefined inside text a change wrote. */
function offsetsBeforeChanges(changes: readonly TextChange[]): (offset: number) => number | undefined {
  const sorted = [...changes].sort((a, b) => a.span.start - b.span.start);
  const newStarts: number[] = [];
  const deltasBefore: number[] = [];
  let delta = 0;
  for (const change of sorted) {
    newStarts.push(change.span.start + delta);
    deltasBefore.push(delta);
    delta += change.newText.length - (change.span.end - change.span.start);
  }
  return (offset) => {
    const last = lastAtMost(newStarts, offset);
    if (last < 0) return offset;
    const written = sorted[last]!.newText.length;
    if (offset < newStarts[last]! + written) return undefined;
    return offset - deltasBefore[last]! - written + (sorted[last]!.span.end - sorted[last]!.span.start);
  };
}
