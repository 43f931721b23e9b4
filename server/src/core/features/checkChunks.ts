import type { RecordDocument } from '../model/document';
import type { ParsedChunk, RecordChunk } from '../parse/recordChunks';
import { recordTextDocument } from '../parse/recordText';
import { allRules } from '../rules/index';
import type { Rule } from '../rules/rule';
import type { Schema } from '../schema/schema';
import type { CatalogSettings } from '../settings';
import type { CheckOptions, CheckResult, Finding, RuleFailure } from './check';
import { compareFindings, runRules, suppressionTest } from './checkRules';

/** What the record rules found in one chunk (offsets as in its parse), under the options they ran with. */
interface ChunkFindings {
  readonly schema: Schema;
  readonly settings: CatalogSettings;
  readonly rules: readonly Rule[];
  readonly findings: readonly Finding[];
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
  const checked = { schema: options.schema, settings: options.settings, rules, findings: result.findings, failures: result.failures };
  checkedChunks.set(parsed, checked);
  return checked;
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
