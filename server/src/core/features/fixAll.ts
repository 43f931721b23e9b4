import type { RecordDocument } from '../model/document';
import { ruleById } from '../rules/index';
import { applyChanges, nonOverlapping } from './changes';
import { type CheckOptions, checkDocument } from './check';

/** Fix-all settles in a few rounds; the cap only guards against two fixes undoing each other forever. */
const maxRounds = 10;

/**
 * Applies every safe fix, re-checking after each round until nothing safe is left to fix,
 * so running it again on its own output changes nothing.
 */
export function fixAll(text: string, parse: (text: string) => RecordDocument, options: CheckOptions): string {
  let current = text;
  for (let round = 0; round < maxRounds; round++) {
    const document = parse(current);
    const groups = checkDocument(document, options).findings.flatMap((finding) => {
      const fix = ruleById(finding.ruleId)?.fix?.({ span: finding.span, data: finding.data ?? {}, document })
        .find((candidate) => candidate.safe);
      return fix ? [fix.changes] : [];
    });
    const changes = nonOverlapping(groups);
    if (changes.length === 0) return current;
    current = applyChanges(current, changes);
  }
  return current;
}
