import type { RecordDocument } from '../model/document';
import { type ChunkBlock, type ChunkList, type ParsedChunk, blockIndexAt, chunkEnd, chunkShift, lastStartingAtOrBefore } from '../parse/chunkList';
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
  for (let i = 0; i < list.count; i++) {
    const checked = checkChunk(list.parsed(i), options);
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
 * findings: the findings' counts by severity are kept per block of chunks (`ChunkBlock`, shared by every version
 * that did not touch it), and only the chunks holding chosen findings are visited. Documents with suppressions take
 * the plain path (a suppression can silence findings of other chunks).
 */
export function limitedCheckByChunks(document: RecordDocument, list: ChunkList, options: CheckOptions, limit: FindingLimit): LimitedCheckResult {
  if (document.suppressions.length > 0) {
    const full = checkByChunks(document, list, options);
    return { ...limitFindings(full.findings, limit), failures: full.failures };
  }
  const documentPart = runRules(document, options, { documentRules: true, recordRules: false, suppress: true });
  const summaries = list.blocks.map((placed) => summaryOf(placed.block, options));
  const failures = [...documentPart.failures];
  for (const [b, summary] of summaries.entries()) {
    if (summary.failingChunks === 0) continue;
    for (const parsed of list.blocks[b]!.block.parsed) addFailures(failures, checkChunk(parsed, options).failures);
  }
  const totals = severityOrder.map((_, k) => summaries.reduce((sum, summary) => sum + summary.totals[k]!, 0));
  const total = documentPart.findings.length + totals.reduce((sum, count) => sum + count, 0);
  let room = limit.max <= 0 || total <= limit.max ? total : shownWhenTruncated(limit);
  const chosen: Finding[] = [];
  const counts = new SeverityCounts(list, summaries);
  for (const [k, severity] of severityOrder.entries()) {
    if (room === 0) break;
    const documentFindings = documentPart.findings.filter((finding) => finding.severity === severity);
    const taken = documentFindings.length + totals[k]! <= room
      ? [...documentFindings, ...allOfSeverity(list, summaries, k, options)]
      : nearestOfSeverity(list, counts, k, options, documentFindings, room, limit.focus);
    for (const finding of taken) chosen.push(finding);
    room -= taken.length;
  }
  return { findings: chosen.sort(compareFindings), total, failures };
}

/** Per chunk of a block, how many findings of each severity (4 counts a chunk, in `severityOrder`). */
interface BlockSummary {
  readonly schema: Schema;
  readonly settings: CatalogSettings;
  readonly rules: readonly Rule[];
  readonly counts: readonly number[];
  readonly totals: readonly number[];
  readonly failingChunks: number;
}

/** Keyed by the block, which every version that did not touch it shares: counted once. */
const blockSummaries = new WeakMap<ChunkBlock, BlockSummary>();

function summaryOf(block: ChunkBlock, options: CheckOptions): BlockSummary {
  const rules = options.rules ?? allRules;
  const cached = blockSummaries.get(block);
  if (cached && cached.schema === options.schema && cached.settings === options.settings && cached.rules === rules) return cached;
  const counts: number[] = [];
  const totals = [0, 0, 0, 0];
  let failingChunks = 0;
  for (const parsed of block.parsed) {
    const checked = checkChunk(parsed, options);
    for (const [k, severity] of severityOrder.entries()) {
      counts.push(checked.bySeverity[severity].length);
      totals[k]! += checked.bySeverity[severity].length;
    }
    if (checked.failures.length > 0) failingChunks++;
  }
  const summary = { schema: options.schema, settings: options.settings, rules, counts, totals, failingChunks };
  blockSummaries.set(block, summary);
  return summary;
}

/** Finding counts by chunk index in one version, skipping whole blocks without findings of a severity. */
class SeverityCounts {
  constructor(readonly list: ChunkList, readonly summaries: readonly BlockSummary[]) {}

  /** From chunk `i` on, stepping by `step`, the first chunk with findings of severity `k`; -1 or `count` when none. */
  next(i: number, step: 1 | -1, k: number): number {
    const blocks = this.list.blocks;
    let b = blockIndexAt(blocks, Math.max(0, Math.min(i, this.list.count - 1)));
    while (i >= 0 && i < this.list.count) {
      const placed = blocks[b]!;
      const summary = this.summaries[b]!;
      const end = placed.first + placed.block.parsed.length;
      if (summary.totals[k] !== 0) {
        for (; i >= placed.first && i < end; i += step) if (summary.counts[(i - placed.first) * 4 + k] !== 0) return i;
      } else {
        i = step > 0 ? end : placed.first - 1;
      }
      b += step;
    }
    return i;
  }
}

function allOfSeverity(list: ChunkList, summaries: readonly BlockSummary[], k: number, options: CheckOptions): Finding[] {
  const found: Finding[] = [];
  for (const [b, placed] of list.blocks.entries()) {
    const summary = summaries[b]!;
    if (summary.totals[k] === 0) continue;
    for (const [j, parsed] of placed.block.parsed.entries()) {
      if (summary.counts[j * 4 + k] === 0) continue;
      const shift = placed.block.starts[j]! + placed.shift - parsed.start;
      for (const finding of checkChunk(parsed, options).bySeverity[severityOrder[k]!]) found.push(placedAt(finding, shift));
    }
  }
  return found;
}

/**
 * The `room` findings of severity `k` nearest the focus, from the document's own and the chunks', visiting chunks
 * outward from the focus and stopping when no unvisited chunk can hold a nearer one.
 */
function nearestOfSeverity(list: ChunkList, counts: SeverityCounts, k: number, options: CheckOptions, documentFindings: readonly Finding[],
  room: number, focus: number): Finding[] {
  const candidates = [...documentFindings];
  const nearest = compareNearest(focus);
  const keepNearest = (): number => {
    if (candidates.length < room) return Infinity;
    candidates.sort(nearest);
    candidates.length = room;
    return distance(candidates[room - 1]!, focus);
  };
  const add = (i: number): void => {
    const shift = chunkShift(list, i);
    for (const finding of checkChunk(list.parsed(i), options).bySeverity[severityOrder[k]!]) candidates.push(placedAt(finding, shift));
  };
  const start = Math.max(0, lastStartingAtOrBefore(list, focus));
  let left = counts.next(start - 1, -1, k);
  let right = counts.next(start, 1, k);
  let farthest = keepNearest();
  while (left >= 0 || right < list.count) {
    const leftDistance = left >= 0 ? chunkDistance(list, left, focus) : Infinity;
    const rightDistance = right < list.count ? chunkDistance(list, right, focus) : Infinity;
    if (Math.min(leftDistance, rightDistance) > farthest) break;
    if (leftDistance <= rightDistance) {
      add(left);
      left = counts.next(left - 1, -1, k);
    } else {
      add(right);
      right = counts.next(right + 1, 1, k);
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
  const start = list.start(i);
  return start > focus ? start - focus : 0;
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
