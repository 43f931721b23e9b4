import type { Severity } from '../rules/rule';
import type { Finding } from './check';
import { compareFindings } from './checkRules';

/**
 * How many findings an editor gets for one document, and which. VS Code shows at most 1,000 diagnostics per file
 * (errors first) and drops the rest, so a big file's full report would be computed, sent and parsed for nothing.
 */
export interface FindingLimit {
  /** At most this many findings; 0: all. */
  readonly max: number;
  /** The offset the user works at (the last edit): within a severity, nearer findings go first. */
  readonly focus: number;
}

export interface LimitedFindings {
  /** The chosen findings in document order. */
  readonly findings: readonly Finding[];
  /** How many findings the document has in all. */
  readonly total: number;
}

export const severityOrder: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** Distance from the focus, then document order: what "nearest first" means everywhere. */
export function compareNearest(focus: number): (a: Finding, b: Finding) => number {
  return (a, b) => distance(a, focus) - distance(b, focus) || compareFindings(a, b);
}

export function distance(finding: Finding, focus: number): number {
  if (finding.span.end < focus) return focus - finding.span.end;
  return finding.span.start > focus ? finding.span.start - focus : 0;
}

/** How many findings fit when some are left out: one place goes to the note that says so. */
export function shownWhenTruncated(limit: FindingLimit): number {
  return Math.max(0, limit.max - 1);
}

/**
 * The findings an editor shows: all when they fit; otherwise errors before warnings before infos before hints and,
 * within the severity that no longer fits whole, those nearest the focus. This is the definition; the editor's
 * chunked check computes the same choice without looking at every finding (`checkChunks.ts`).
 */
export function limitFindings(findings: readonly Finding[], limit: FindingLimit): LimitedFindings {
  if (limit.max <= 0 || findings.length <= limit.max) return { findings, total: findings.length };
  let room = shownWhenTruncated(limit);
  const chosen: Finding[] = [];
  for (const severity of severityOrder) {
    if (room === 0) break;
    const ofSeverity = findings.filter((finding) => finding.severity === severity);
    const taken = ofSeverity.length <= room ? ofSeverity : [...ofSeverity].sort(compareNearest(limit.focus)).slice(0, room);
    chosen.push(...taken);
    room -= taken.length;
  }
  return { findings: chosen.sort(compareFindings), total: findings.length };
}
