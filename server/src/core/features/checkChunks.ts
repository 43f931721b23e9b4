import type { RecordDocument } from '../model/document';
import { type ChunkBlock, type ChunkList, type ParsedChunk, blockIndexAt, chunkShift, lastStartingAtOrBefore } from '../parse/chunkList';
import { recordTextDocument } from '../parse/recordText';
import { allRules } from '../rules/index';
import type { Rule, Severity } from '../rules/rule';
import type { Schema } from '../schema/schema';
import type { CatalogSettings } from '../settings';
import type { CheckOptions, CheckResult, Finding, RuleFailure } from './check';
import { compareFindings, compareRuleIds, runRules, suppressionTest } from './checkRules';
import { type FindingLimit, type LimitedFindings, distance, limitFindings, severityOrder, shownWhenTruncated } from './findingLimit';

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
  for (const [k, severity] of severityOrder.entries()) {
    if (room === 0) break;
    const documentFindings = documentPart.findings.filter((finding) => finding.severity === severity);
    const taken = documentFindings.length + totals[k]! <= room
      ? [...documentFindings, ...allOfSeverity(list, summaries, k, options)]
      : nearestOfSeverity(list, summaries, k, options, documentFindings, room, limit.focus);
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
  /** The block's findings by severity, gathered when first asked for. */
  readonly findings: (BlockFindings | undefined)[];
}

/** A block's findings of one severity, in document order, each with what moves it from its chunk's parse into the block. */
interface BlockFindings {
  readonly findings: readonly Finding[];
  readonly shifts: readonly number[];
}

/** Keyed by the block, which every version that did not touch it shares: counted once. */
const blockSummaries = new WeakMap<ChunkBlock, BlockSummary>();

function summaryOf(block: ChunkBlock, options: CheckOptions): BlockSummary {
  const rules = options.rules ?? allRules;
  const cached = blockSummaries.get(block);
  if (cached && checkedUnder(cached, options)) return cached;
  checkTogether(block.parsed, options);
  // Plain loops: a keystroke counts the 512 chunks of the block it rebuilt, and iterator objects per chunk were
  // most of what that allocated.
  const counts = new Array<number>(block.parsed.length * severityOrder.length).fill(0);
  const totals = [0, 0, 0, 0];
  let failingChunks = 0;
  for (let j = 0; j < block.parsed.length; j++) {
    const checked = checkChunk(block.parsed[j]!, options);
    for (let k = 0; k < severityOrder.length; k++) {
      const count = checked.bySeverity[severityOrder[k]!].length;
      counts[j * severityOrder.length + k] = count;
      totals[k]! += count;
    }
    if (checked.failures.length > 0) failingChunks++;
  }
  const summary = { schema: options.schema, settings: options.settings, rules, counts, totals, failingChunks, findings: [] };
  blockSummaries.set(block, summary);
  return summary;
}

function blockFindings(block: ChunkBlock, summary: BlockSummary, k: number, options: CheckOptions): BlockFindings {
  let gathered = summary.findings[k];
  if (!gathered) {
    const findings: Finding[] = [];
    const shifts: number[] = [];
    for (let j = 0; j < block.parsed.length; j++) {
      if (summary.counts[j * severityOrder.length + k] === 0) continue;
      const parsed = block.parsed[j]!;
      const shift = block.starts[j]! - parsed.start;
      for (const finding of checkChunk(parsed, options).bySeverity[severityOrder[k]!]) {
        findings.push(finding);
        shifts.push(shift);
      }
    }
    gathered = { findings, shifts };
    summary.findings[k] = gathered;
  }
  return gathered;
}

function allOfSeverity(list: ChunkList, summaries: readonly BlockSummary[], k: number, options: CheckOptions): Finding[] {
  const found: Finding[] = [];
  for (const [b, placed] of list.blocks.entries()) {
    const summary = summaries[b]!;
    if (summary.totals[k] === 0) continue;
    const { findings, shifts } = blockFindings(placed.block, summary, k, options);
    for (const [i, finding] of findings.entries()) found.push(placedAt(finding, placed.shift + shifts[i]!));
  }
  return found;
}

/** A finding that may be among the nearest: where it is in this version, and how far from the focus. */
interface Candidate {
  readonly finding: Finding;
  readonly shift: number;
  readonly distance: number;
}

/**
 * The `room` findings of severity `k` nearest the focus, from the document's own and the blocks', visiting blocks
 * outward from the focus and stopping when no unvisited block can hold a nearer one. A finding is copied to its
 * place only when chosen, and the candidates are sorted only when they have doubled: visiting every chunk with
 * findings and placing each of their findings cost ~3 ms per keystroke in a 50,000-record file.
 */
function nearestOfSeverity(list: ChunkList, summaries: readonly BlockSummary[], k: number, options: CheckOptions,
  documentFindings: readonly Finding[], room: number, focus: number): Finding[] {
  const candidates: Candidate[] = documentFindings.map((finding) => ({ finding, shift: 0, distance: distance(finding, focus) }));
  /** No finding farther than this can be among the nearest; known once `room` candidates are. */
  let farthest = Infinity;
  const trim = (): void => {
    candidates.sort(compareCandidates);
    if (candidates.length < room) return;
    candidates.length = room;
    farthest = candidates[room - 1]!.distance;
  };
  const visit = (b: number): void => {
    const placed = list.blocks[b]!;
    const { findings, shifts } = blockFindings(placed.block, summaries[b]!, k, options);
    // Index loops: `entries()` made a pair per finding, ~2,000 per keystroke.
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i]!;
      const shift = placed.shift + shifts[i]!;
      const away = distance(finding, focus - shift);
      if (away <= farthest) candidates.push({ finding, shift, distance: away });
    }
    if (candidates.length >= (farthest === Infinity ? room : 2 * room)) trim();
  };
  if (candidates.length >= room) trim();
  const withFindings = (b: number): boolean => summaries[b]!.totals[k] !== 0;
  const focusBlock = blockIndexAt(list.blocks, Math.max(0, lastStartingAtOrBefore(list, focus)));
  let left = focusBlock;
  let right = focusBlock + 1;
  while (left >= 0 || right < list.blocks.length) {
    if (left >= 0 && !withFindings(left)) { left--; continue; }
    if (right < list.blocks.length && !withFindings(right)) { right++; continue; }
    const leftDistance = left >= 0 ? blockDistance(list, left, focus) : Infinity;
    const rightDistance = right < list.blocks.length ? blockDistance(list, right, focus) : Infinity;
    if (Math.min(leftDistance, rightDistance) > farthest) break;
    if (leftDistance <= rightDistance) visit(left--);
    else visit(right++);
  }
  trim();
  return candidates.map((candidate) => placedAt(candidate.finding, candidate.shift));
}

/** Nearest first, then document order (`compareNearest` of the placed findings). */
function compareCandidates(a: Candidate, b: Candidate): number {
  return a.distance - b.distance
    || a.finding.span.start + a.shift - (b.finding.span.start + b.shift)
    || a.finding.span.end + a.shift - (b.finding.span.end + b.shift)
    || compareRuleIds(a.finding.ruleId, b.finding.ruleId);
}

function blockDistance(list: ChunkList, b: number, focus: number): number {
  const { block, shift } = list.blocks[b]!;
  const last = block.parsed.length - 1;
  const start = block.starts[0]! + shift;
  const end = block.starts[last]! + block.parsed[last]!.text.length + shift;
  if (end < focus) return focus - end;
  return start > focus ? start - focus : 0;
}

/**
 * Checks the chunks not checked yet with one pass of the rules per run of chunks parsed in place (they share the
 * document's text and offsets, so their findings split by position): running the rules chunk by chunk cost ~20 µs
 * a chunk on top, a tenth of opening a 10 MB file. A run in which a rule throws is left to `checkChunk`, chunk by
 * chunk, so that the rule loses its findings in one chunk only.
 */
function checkTogether(chunks: readonly ParsedChunk[], options: CheckOptions): void {
  let run: ParsedChunk[] = [];
  const flush = (): void => {
    if (run.length > 1) checkRun(run, options);
    run = [];
  };
  for (const parsed of chunks) {
    if (cachedCheck(parsed, options)) {
      flush();
      continue;
    }
    const previous = run.at(-1);
    if (previous && (previous.source !== parsed.source || parsed.start < previous.start + previous.text.length)) flush();
    run.push(parsed);
  }
  flush();
}

function checkRun(run: readonly ParsedChunk[], options: CheckOptions): void {
  const records = run.flatMap((parsed) => parsed.records);
  const document = recordTextDocument(run[0]!.source, records, [], []);
  const result = runRules(document, { ...options, records }, { documentRules: false, recordRules: true, suppress: false });
  if (result.failures.length > 0) return;
  let next = 0;
  for (const [i, parsed] of run.entries()) {
    const end = i + 1 < run.length ? run[i + 1]!.start : Infinity;
    const findings: Finding[] = [];
    while (next < result.findings.length && result.findings[next]!.span.start < end) findings.push(result.findings[next++]!);
    remember(parsed, options, findings, []);
  }
}

function cachedCheck(parsed: ParsedChunk, options: CheckOptions): ChunkFindings | undefined {
  const cached = checkedChunks.get(parsed);
  return cached && checkedUnder(cached, options) ? cached : undefined;
}

/** Whether what was worked out under these schema, settings and rules still holds for `options`. */
function checkedUnder(worked: { readonly schema: Schema; readonly settings: CatalogSettings; readonly rules: readonly Rule[] }, options: CheckOptions): boolean {
  return worked.schema === options.schema && worked.settings === options.settings && worked.rules === (options.rules ?? allRules);
}

function remember(parsed: ParsedChunk, options: CheckOptions, findings: readonly Finding[], failures: readonly RuleFailure[]): ChunkFindings {
  const checked = {
    schema: options.schema, settings: options.settings, rules: options.rules ?? allRules, findings, bySeverity: groupBySeverity(findings), failures,
  };
  checkedChunks.set(parsed, checked);
  return checked;
}

function checkChunk(parsed: ParsedChunk, options: CheckOptions): ChunkFindings {
  const cached = cachedCheck(parsed, options);
  if (cached) return cached;
  const chunkDocument = recordTextDocument(parsed.source, parsed.records, parsed.problems, parsed.suppressions);
  // Suppressions are applied in the document: a `disable-next-line` at a chunk's end reaches past it.
  const result = runRules(chunkDocument, options, { documentRules: false, recordRules: true, suppress: false });
  return remember(parsed, options, result.findings, result.failures);
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
