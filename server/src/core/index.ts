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
import type { WorkspaceRecords } from './rules/rule';

export interface CatalogServiceOptions {
  readonly schema?: Schema;
  /** Base URI of the rule pages (`<base>/<rule id>.md`), linked from every diagnostic. */
  readonly ruleDocsBase?: string;
  /** The other documents of the workspace (the editor's index); rules such as duplicate ids look there too. */
  readonly workspace?: WorkspaceRecords;
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
}

export const defaultRuleDocsBase = 'https://example.invalid/catalog-records/blob/main/docs/rules';

export function createCatalogService(options: CatalogServiceOptions = {}): CatalogService {
  const schema = options.schema ?? vufindBiblioSchema;
  const ruleDocsBase = options.ruleDocsBase ?? defaultRuleDocsBase;
  const parse = (text: string) => parseRecordText(text, { schema });
  const workspace = options.workspace ? { workspace: options.workspace } : {};
  const check = (document: RecordDocument, settings: CatalogSettings) => checkDocument(document, { schema, settings, ...workspace });
  const fixAllText = (text: string, settings: CatalogSettings) => fixAll(text, parse, { schema, settings, ...workspace });
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
  });
}

export type { CatalogSettings } from './settings';
export { defaultSettings, readSettings } from './settings';
export type { RecordDocument } from './model/document';
export type { CatalogRecord, Field, FieldValue } from './model/record';
export { allRules } from './rules/index';
export type { RecordLocation, Rule, Severity, WorkspaceRecords } from './rules/rule';
export { Schema } from './schema/schema';
export { parseSolrSchemaXml } from './schema/solrSchemaXml';
export type { SchemaProblem, SolrSchemaParseResult } from './schema/solrSchemaXml';
export { fixAllKind } from './features/codeActions';
