import type { RecordDocument } from '../model/document';
import { ruleById } from '../rules/index';
import { applyChanges, nonOverlapping } from './changes';
import { type CheckOptions, checkDocument } from './check';

/** Fix-all settles in a few rounds; the cap only guards against two fixes undoing each other forever. */
const maxRounds = 10;

/**
 * Applies every safe fix, re-checking after each round until nothing safe is left to fix,
 * so running it again on its own output changes nothing. A round whose result parses with more problems
 * than before (a fix broke the JSON or XML around it) is dropped: fix-all never breaks a file's syntax.
 */
export function fixAll(text: string, parse: (text: string) => RecordDocument, options: CheckOptions): string {
  let document = parse(text);
  for (let round = 0; round < maxRounds; round++) {
    const current = document;
    const groups = checkDocument(current, options).findings.flatMap((finding) => {
      const fix = ruleById(finding.ruleId)?.fix?.({ span: finding.span, data: finding.data ?? {}, document: current })
        .find((candidate) => candidate.safe);
      return fix ? [fix.changes] : [];
    });
    const changes = nonOverlapping(groups);
    if (changes.length === 0) return current.text;
    const next = parse(applyChanges(current.text, changes));
    if (next.problems.length > current.problems.length) return current.text;
    document = next;
  }
  return document.text;
}
