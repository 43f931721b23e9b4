import type { RecordDocument } from '../model/document';
import { type ChunkList, type ParsedChunk, chunkEnd, chunkShift, editOf, lastStartingAtOrBefore, settled } from '../parse/chunkList';
import { recordTextDocument } from '../parse/recordText';
import { allRules } from '../rules/index';
import type { Rule, Severity } from '../rules/rule';
import type { Schema } from '../schema/schema';
import type { CatalogSettings } from '../settings';
import type { CheckOptions, CheckResult, Finding, RuleFailure } from './check';
import { compareFindings, runRules, suppressionTest } from './checkRules';
import { type FindingLimit, type LimitedFindings, compareNearest, distance, limitFindings, severityOrder, shownWhenTruncated } from './findingLimit';

/** What the record rules found in one chunk (offsets as in its parse), under the options they ran with. */
interface ChunkFindings {
  readonly schema: Schema;
  readonly settings: CatalogSettings;
  readonly rules: readonly Rule[];
  readonly findings: readonly Finding[];
  /** The same findings by severity, for choosing a limited set without visiting every finding. */
  readonly bySeverity: Readonly<Record<Severity, readonly Finding[]>>;
  readonly failures: readonly RuleFailure[];
}

/** Keyed by the parse, which an edit elsewhere in the document reuses: unchanged records are not checked again. */
const checkedChunks = new WeakMap<ParsedChunk, ChunkFindings>();

/**
 * The findings `runRules` gives for the whole document, from record findings cached per chunk plus the document
 * rules (duplicate ids, parse problems) run afresh. Identical to a full check, except that a record rule that
 * throws loses only its findings in that chunk, not in every later record.
 */
export function checkByChunks(document: RecordDocument, list: ChunkList, options: CheckOptions): CheckResult {
  const documentPart = runRules(document, options, { documentRules: true, recordRules: false, suppress: true });
  const suppressed = suppressionTest(document);
  const failures = [...documentPart.failures];
  const recordFindings: Finding[] = [];
  for (let i = 0; i < list.parsed.length; i++) {
    const checked = checkChunk(list.parsed[i]!, options);
    addFailures(failures, checked.failures);
    const shift = chunkShift(list, i);
    for (const finding of checked.findings) {
      const placed = placedAt(finding, shift);
      if (!suppressed?.(placed.ruleId, placed.span.start)) recordFindings.push(placed);
    }
  }
  // Chunks do not overlap and each chunk's findings are sorted, so only the document rules' findings need merging.
  return { findings: mergeSorted(documentPart.findings, recordFindings), failures };
}

export interface LimitedCheckResult extends CheckResult, LimitedFindings {}

/**
 * `limitFindings(checkByChunks(…).findings, limit)` at the cost of the chunks an edit touched plus the chosen
 * findings: per-chunk counts by severity are carried over from the previous version (`summaryOf`), and only the
 * chunks holding chosen findings are visited. Documents with suppressions take the plain path (a suppression can
 * silence findings of other chunks).
 */
export function limitedCheckByChunks(document: RecordDocument, list: ChunkList, options: CheckOptions, limit: FindingLimit): LimitedCheckResult {
  if (document.suppressions.length > 0) {
    const full = checkByChunks(document, list, options);
    return { ...limitFindings(full.findings, limit), failures: full.failures };
  }
  const documentPart = runRules(document, options, { documentRules: true, recordRules: false, suppress: true });
  const summary = summaryOf(list, options);
  const failures = [...documentPart.failures];
  if (summary.failingChunks > 0) for (const parsed of list.parsed) addFailures(failures, checkChunk(parsed, options).failures);
  const total = documentPart.findings.length + summary.totals.reduce((sum, count) => sum + count, 0);
  let room = limit.max <= 0 || total <= limit.max ? total : shownWhenTruncated(limit);
  const chosen: Finding[] = [];
  for (const [k, severity] of severityOrder.entries()) {
    if (room === 0) break;
    const documentFindings = documentPart.findings.filter((finding) => finding.severity === severity);
    const taken = documentFindings.length + summary.totals[k]! <= room
      ? [...documentFindings, ...allOfSeverity(list, summary, k, options)]
      : nearestOfSeverity(list, summary, k, options, documentFindings, room, limit.focus);
    for (const finding of taken) chosen.push(finding);
    room -= taken.length;
  }
  return { findings: chosen.sort(compareFindings), total, failures };
}

/**
 * Per chunk, how many findings of each severity (4 counts a chunk, in `severityOrder`), for one set of options. A
 * plain array for the reason given at `ChunkList`.
 */
interface ChunkSummary {
  readonly schema: Schema;
  readonly settings: CatalogSettings;
  readonly rules: readonly Rule[];
  readonly counts: readonly number[];
  readonly totals: readonly number[];
  readonly failingChunks: number;
}

const summaries = new WeakMap<ChunkList, ChunkSummary>();

/** The list's summary: from the previous version's, when the edit that made the list left one, else counted. */
function summaryOf(list: ChunkList, options: CheckOptions): ChunkSummary {
  const rules = options.rules ?? allRules;
  const fits = (summary: ChunkSummary | undefined): summary is ChunkSummary =>
    summary !== undefined && summary.schema === options.schema && summary.settings === options.settings && summary.rules === rules;
  const cached = summaries.get(list);
  if (fits(cached)) return cached;
  const edit = editOf(list);
  const previous = edit && summaries.get(edit.previous);
  const totals = [0, 0, 0, 0];
  let failingChunks = 0;
  /** The counts of chunks `[from, to)`, added to the totals. */
  const count = (from: number, to: number): number[] => {
    const counted: number[] = [];
    for (let i = from; i < to; i++) {
      const checked = checkChunk(list.parsed[i]!, options);
      for (const [k, severity] of severityOrder.entries()) {
        counted.push(checked.bySeverity[severity].length);
        totals[k]! += checked.bySeverity[severity].length;
      }
      if (checked.failures.length > 0) failingChunks++;
    }
    return counted;
  };
  let counts: number[];
  if (edit && fits(previous)) {
    // Unchanged chunks keep their counts; the totals lose the replaced chunks' and gain the new ones'.
    for (let k = 0; k < 4; k++) {
      totals[k] = previous.totals[k]!;
      for (let i = edit.first; i < edit.oldEnd; i++) totals[k]! -= previous.counts[i * 4 + k]!;
    }
    failingChunks = previous.failingChunks;
    for (let i = edit.first; i < edit.oldEnd; i++) if (checkChunk(edit.previous.parsed[i]!, options).failures.length > 0) failingChunks--;
    counts = previous.counts.slice(0, edit.first * 4).concat(count(edit.first, edit.newEnd), previous.counts.slice(edit.oldEnd * 4));
  } else {
    counts = count(0, list.parsed.length);
  }
  const summary = { schema: options.schema, settings: options.settings, rules, counts, totals, failingChunks };
  summaries.set(list, summary);
  settled(list);
  return summary;
}

function allOfSeverity(list: ChunkList, summary: ChunkSummary, k: number, options: CheckOptions): Finding[] {
  const found: Finding[] = [];
  for (let i = 0; i < list.parsed.length; i++) {
    if (summary.counts[i * 4 + k] === 0) continue;
    const shift = chunkShift(list, i);
    for (const finding of checkChunk(list.parsed[i]!, options).bySeverity[severityOrder[k]!]) found.push(placedAt(finding, shift));
  }
  return found;
}

/**
 * The `room` findings of severity `k` nearest the focus, from the document's own and the chunks', visiting chunks
 * outward from the focus and stopping when no unvisited chunk can hold a nearer one.
 */
function nearestOfSeverity(list: ChunkList, summary: ChunkSummary, k: number, options: CheckOptions, documentFindings: readonly Finding[],
  room: number, focus: number): Finding[] {
  const candidates = [...documentFindings];
  const nearest = compareNearest(focus);
  const keepNearest = (): number => {
    if (candidates.length < room) return Infinity;
    candidates.sort(nearest);
    candidates.length = room;
    return distance(candidates[room - 1]!, focus);
  };
  const withFindings = (i: number, step: 1 | -1): number => {
    while (i >= 0 && i < list.parsed.length && summary.counts[i * 4 + k] === 0) i += step;
    return i;
  };
  const add = (i: number): void => {
    const shift = chunkShift(list, i);
    for (const finding of checkChunk(list.parsed[i]!, options).bySeverity[severityOrder[k]!]) candidates.push(placedAt(finding, shift));
  };
  const start = Math.max(0, lastStartingAtOrBefore(list, focus));
  let left = withFindings(start - 1, -1);
  let right = withFindings(start, 1);
  let farthest = keepNearest();
  while (left >= 0 || right < list.parsed.length) {
    const leftDistance = left >= 0 ? chunkDistance(list, left, focus) : Infinity;
    const rightDistance = right < list.parsed.length ? chunkDistance(list, right, focus) : Infinity;
    if (Math.min(leftDistance, rightDistance) > farthest) break;
    if (leftDistance <= rightDistance) {
      add(left);
      left = withFindings(left - 1, -1);
    } else {
      add(right);
      right = withFindings(right + 1, 1);
    }
    farthest = keepNearest();
  }
  candidates.sort(nearest);
  candidates.length = Math.min(candidates.length, room);
  return candidates;
}

function chunkDistance(list: ChunkList, i: number, focus: number): number {
  const end = chunkEnd(list, i);
  if (end < focus) return focus - end;
  return list.starts[i]! > focus ? list.starts[i]! - focus : 0;
}

function checkChunk(parsed: ParsedChunk, options: CheckOptions): ChunkFindings {
  const rules = options.rules ?? allRules;
  const cached = checkedChunks.get(parsed);
  if (cached && cached.schema === options.schema && cached.settings === options.settings && cached.rules === rules) return cached;
  const chunkDocument = recordTextDocument(parsed.source, parsed.records, parsed.problems, parsed.suppressions);
  // Suppressions are applied in the document: a `disable-next-line` at a chunk's end reaches past it.
  const result = runRules(chunkDocument, options, { documentRules: false, recordRules: true, suppress: false });
  const checked = {
    schema: options.schema, settings: options.settings, rules, findings: result.findings, bySeverity: groupBySeverity(result.findings),
    failures: result.failures,
  };
  checkedChunks.set(parsed, checked);
  return checked;
}

/** A rule that failed in several chunks is reported once. */
function addFailures(failures: RuleFailure[], more: readonly RuleFailure[]): void {
  for (const failure of more) if (!failures.some((known) => known.ruleId === failure.ruleId)) failures.push(failure);
}

function placedAt(finding: Finding, shift: number): Finding {
  return shift === 0 ? finding : { ...finding, span: { start: finding.span.start + shift, end: finding.span.end + shift } };
}

function groupBySeverity(findings: readonly Finding[]): Record<Severity, Finding[]> {
  const groups: Record<Severity, Finding[]> = { error: [], warning: [], info: [], hint: [] };
  for (const finding of findings) groups[finding.severity].push(finding);
  return groups;
}

/** Merges two sorted lists; on a tie the document rule's finding comes first, as in a full check. */
function mergeSorted(documentFindings: readonly Finding[], recordFindings: readonly Finding[]): Finding[] {
  if (documentFindings.length === 0) return recordFindings as Finding[];
  const merged: Finding[] = [];
  let r = 0;
  for (const finding of documentFindings) {
    while (r < recordFindings.length && compareFindings(recordFindings[r]!, finding) < 0) merged.push(recordFindings[r++]!);
    merged.push(finding);
  }
  while (r < recordFindings.length) merged.push(recordFindings[r++]!);
  return merged;
}
