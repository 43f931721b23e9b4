import type { RecordDocument } from '../model/document';
import type { ParsedChunk, RecordChunk } from '../parse/recordChunks';
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
/** The same findings in document offsets, for a chunk at its place in one version. */
const placedChunks = new WeakMap<RecordChunk, { readonly checked: ChunkFindings; readonly findings: readonly Finding[] }>();

/**
 * The findings `runRules` gives for the whole document, from record findings cached per chunk plus the document
 * rules (duplicate ids, parse problems) run afresh. Identical to a full check, except that a record rule that
 * throws loses only its findings in that chunk, not in every later record.
 */
export function checkByChunks(document: RecordDocument, chunks: readonly RecordChunk[], options: CheckOptions): CheckResult {
  const documentPart = runRules(document, options, { documentRules: true, recordRules: false, suppress: true });
  const suppressed = suppressionTest(document);
  const failures: RuleFailure[] = [...documentPart.failures];
  const failedRules = new Set(failures.map((failure) => failure.ruleId));
  const recordFindings: Finding[] = [];
  for (const chunk of chunks) {
    const placed = placedFindings(chunk, options);
    for (const failure of placed.checked.failures) {
      if (failedRules.has(failure.ruleId)) continue;
      failedRules.add(failure.ruleId);
      failures.push(failure);
    }
    for (const finding of placed.findings) {
      if (!suppressed?.(finding.ruleId, finding.span.start)) recordFindings.push(finding);
    }
  }
  // Chunks do not overlap and each chunk's findings are sorted, so only the document rules' findings need merging.
  return { findings: mergeSorted(documentPart.findings, recordFindings), failures };
}

export interface LimitedCheckResult extends CheckResult, LimitedFindings {}

/**
 * `limitFindings(checkByChunks(…).findings, limit)`, without placing or even visiting every finding: after an edit
 * of a big document only the chosen findings are copied to their new offsets. Documents with suppressions take
 * the plain path (a suppression can silence findings of other chunks).
 */
export function limitedCheckByChunks(document: RecordDocument, chunks: readonly RecordChunk[], options: CheckOptions,
  limit: FindingLimit): LimitedCheckResult {
  if (document.suppressions.length > 0) {
    const full = checkByChunks(document, chunks, options);
    return { ...limitFindings(full.findings, limit), failures: full.failures };
  }
  const documentPart = runRules(document, options, { documentRules: true, recordRules: false, suppress: true });
  const failures: RuleFailure[] = [...documentPart.failures];
  const failedRules = new Set(failures.map((failure) => failure.ruleId));
  const checked: ChunkFindings[] = [];
  let total = documentPart.findings.length;
  for (const chunk of chunks) {
    const chunkFindings = checkChunk(chunk.parsed, options);
    checked.push(chunkFindings);
    total += chunkFindings.findings.length;
    for (const failure of chunkFindings.failures) {
      if (failedRules.has(failure.ruleId)) continue;
      failedRules.add(failure.ruleId);
      failures.push(failure);
    }
  }
  if (limit.max <= 0 || total <= limit.max) return { ...checkByChunks(document, chunks, options), total };
  let room = shownWhenTruncated(limit);
  const chosen: Finding[] = [];
  for (const severity of severityOrder) {
    if (room === 0) break;
    const taken = chooseOfSeverity(chunks, checked, documentPart.findings.filter((finding) => finding.severity === severity), severity,
      room, limit.focus);
    for (const finding of taken) chosen.push(finding);
    room -= taken.length;
  }
  return { findings: chosen.sort(compareFindings), total, failures };
}

/** All findings of `severity` when they fit in `room`, else the `room` nearest the focus. */
function chooseOfSeverity(chunks: readonly RecordChunk[], checked: readonly ChunkFindings[], documentFindings: readonly Finding[],
  severity: Severity, room: number, focus: number): Finding[] {
  let count = documentFindings.length;
  for (const chunkFindings of checked) count += chunkFindings.bySeverity[severity].length;
  const candidates = [...documentFindings];
  const addChunk = (i: number): void => {
    const delta = chunks[i]!.start - chunks[i]!.parsed.start;
    for (const finding of checked[i]!.bySeverity[severity]) candidates.push(placed(finding, delta));
  };
  if (count <= room) {
    for (let i = 0; i < chunks.length; i++) addChunk(i);
    return candidates;
  }
  // Visit chunks outward from the focus, nearest first; stop when no unvisited chunk can hold a nearer finding.
  const nearest = compareNearest(focus);
  const keepNearest = (): number => {
    if (candidates.length < room) return Infinity;
    candidates.sort(nearest);
    candidates.length = Math.min(candidates.length, room);
    return distance(candidates[room - 1]!, focus);
  };
  const start = Math.max(0, lastStartingAtOrBefore(chunks, focus));
  let left = start - 1;
  let right = start + 1;
  if (chunks.length > 0) addChunk(start);
  let farthest = keepNearest();
  while (left >= 0 || right < chunks.length) {
    const leftDistance = left >= 0 ? chunkDistance(chunks[left]!, focus) : Infinity;
    const rightDistance = right < chunks.length ? chunkDistance(chunks[right]!, focus) : Infinity;
    if (Math.min(leftDistance, rightDistance) > farthest) break;
    const before = candidates.length;
    addChunk(leftDistance <= rightDistance ? left-- : right++);
    if (candidates.length > before) farthest = keepNearest();
  }
  candidates.sort(nearest);
  candidates.length = Math.min(candidates.length, room);
  return candidates;
}

function placed(finding: Finding, delta: number): Finding {
  return delta === 0 ? finding : { ...finding, span: { start: finding.span.start + delta, end: finding.span.end + delta } };
}

function chunkDistance(chunk: RecordChunk, focus: number): number {
  const end = chunk.start + chunk.parsed.text.length;
  if (end < focus) return focus - end;
  return chunk.start > focus ? chunk.start - focus : 0;
}

/** The last chunk starting at or before `offset`; -1 when none does. */
function lastStartingAtOrBefore(chunks: readonly RecordChunk[], offset: number): number {
  let low = 0;
  let high = chunks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (chunks[mid]!.start <= offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

function placedFindings(chunk: RecordChunk, options: CheckOptions): { readonly checked: ChunkFindings; readonly findings: readonly Finding[] } {
  const checked = checkChunk(chunk.parsed, options);
  const cached = placedChunks.get(chunk);
  if (cached?.checked === checked) return cached;
  const delta = chunk.start - chunk.parsed.start;
  const findings = delta === 0 ? checked.findings : checked.findings.map((finding) => ({
    ...finding, span: { start: finding.span.start + delta, end: finding.span.end + delta },
  }));
  const placed = { checked, findings };
  placedChunks.set(chunk, placed);
  return placed;
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
