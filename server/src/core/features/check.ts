import type { RecordDocument } from '../model/document';
import type { CatalogRecord } from '../model/record';
import type { Schema } from '../schema/schema';
import { chunksOf } from '../parse/recordChunks';
import { type LimitedCheckResult, checkByChunks, limitedCheckByChunks } from './checkChunks';
import { type FindingLimit, limitFindings } from './findingLimit';
import { everyPart, runRules } from './checkRules';
import type { Problem, Rule, Severity, WorkspaceRecords } from '../rules/rule';
import type { CatalogSettings } from '../settings';

export interface Finding extends Problem {
  readonly severity: Severity;
}

export interface RuleFailure {
  readonly ruleId: string;
  readonly error: unknown;
}

export interface CheckResult {
  readonly findings: readonly Finding[];
  /** Rules that threw: the caller logs them; the other rules' findings still count. */
  readonly failures: readonly RuleFailure[];
}

export interface CheckOptions {
  readonly schema: Schema;
  readonly settings: CatalogSettings;
  readonly rules?: readonly Rule[];
  /** The other documents of the workspace, for rules that look beyond one file (duplicate ids). */
  readonly workspace?: WorkspaceRecords;
  /** Only these records get record rules (the preview needs one record of a large file); default: all. */
  readonly records?: readonly CatalogRecord[];
}

/**
 * Runs every enabled rule over the document; findings in document order, suppressions applied. A document parsed
 * by chunks (the editor's) is checked by chunks: record rules run only on chunks not checked before.
 */
export function checkDocument(document: RecordDocument, options: CheckOptions): CheckResult {
  const chunks = options.records ? undefined : chunksOf(document);
  return chunks ? checkByChunks(document, chunks, options) : runRules(document, options, everyPart);
}

export { compareFindings, suppressionTest } from './checkRules';

/** `checkDocument` for an editor: the findings `limit` chooses (see `findingLimit.ts`) and how many there are. */
export function checkDocumentLimited(document: RecordDocument, options: CheckOptions, limit: FindingLimit): LimitedCheckResult {
  const chunks = options.records ? undefined : chunksOf(document);
  if (chunks) return limitedCheckByChunks(document, chunks, options, limit);
  const result = runRules(document, options, everyPart);
  return { ...limitFindings(result.findings, limit), failures: result.failures };
}
