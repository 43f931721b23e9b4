/**
 * The Catalog Records core: parse → record model with spans → rules and features.
 * Pure: no editor, no connection, no file system, no clock. Start reading here.
 */
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import type { RecordDocument } from './model/document';
import { type RecordTextDocument, parseRecordText } from './parse/recordText';
import { type Schema, vufindBiblioSchema } from './schema/schema';
import { type CheckResult, checkDocument } from './features/check';
import { getCodeActions } from './features/codeActions';
import { toDiagnostics } from './features/diagnostics';
import { fixAll } from './features/fixAll';
import type { CatalogSettings } from './settings';
import { type PreviewPageOptions, type RecordPreview, renderRecordPreview } from './preview/index';

export interface CatalogServiceOptions {
  readonly schema?: Schema;
  /** Base URI of the rule pages (`<base>/<rule id>.md`), linked from every diagnostic. */
  readonly ruleDocsBase?: string;
}

export interface DiagnosticsResult {
  readonly diagnostics: Diagnostic[];
  readonly failures: CheckResult['failures'];
}

export interface CodeActionsInput {
  readonly document: RecordDocument;
  readonly uri: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly only?: readonly string[];
  readonly settings: CatalogSettings;
}

/** Everything an editor, the CLI or the preview asks of the core, bound to one schema. */
export interface CatalogService {
  readonly schema: Schema;
  parse(text: string): RecordTextDocument;
  check(document: RecordDocument, settings: CatalogSettings): CheckResult;
  getDiagnostics(document: RecordDocument, settings: CatalogSettings): DiagnosticsResult;
  getCodeActions(request: CodeActionsInput): CodeAction[];
  /** The text with every safe fix applied; idempotent. */
  fixAll(text: string, settings: CatalogSettings): string;
  /** The preview page of the record at `offset` (first record when none), its findings beside the rows. */
  getPreview(document: RecordDocument, settings: CatalogSettings, offset: number, page: PreviewPageOptions): RecordPreview;
}

export const defaultRuleDocsBase = 'https://example.invalid/catalog-records/blob/main/docs/rules';

export function createCatalogService(options: CatalogServiceOptions = {}): CatalogService {
  const schema = options.schema ?? vufindBiblioSchema;
  const ruleDocsBase = options.ruleDocsBase ?? defaultRuleDocsBase;
  const parse = (text: string) => parseRecordText(text, { schema });
  const check = (document: RecordDocument, settings: CatalogSettings) => checkDocument(document, { schema, settings });
  const fixAllText = (text: string, settings: CatalogSettings) => fixAll(text, parse, { schema, settings });
  return Object.freeze({
    schema,
    parse,
    check,
    getDiagnostics(document: RecordDocument, settings: CatalogSettings): DiagnosticsResult {
      const result = check(document, settings);
      return { diagnostics: toDiagnostics(document, result.findings, ruleDocsBase), failures: result.failures };
    },
    getCodeActions(request: CodeActionsInput): CodeAction[] {
      return getCodeActions({ ...request, fixAll: () => fixAllText(request.document.text, request.settings) });
    },
    fixAll: fixAllText,
    getPreview(document: RecordDocument, settings: CatalogSettings, offset: number, page: PreviewPageOptions): RecordPreview {
      return renderRecordPreview(document, check(document, settings).findings, offset, page);
    },
  });
}

export type { CatalogSettings } from './settings';
export { defaultSettings, readSettings } from './settings';
export type { RecordDocument } from './model/document';
export type { CatalogRecord, Field, FieldValue } from './model/record';
export { allRules } from './rules/index';
export type { Rule, Severity } from './rules/rule';
export { fixAllKind } from './features/codeActions';
export type { PreviewPageOptions, RecordPreview } from './preview/index';
