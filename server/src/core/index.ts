/**
 * The Catalog Records core: parse → record model with spans → rules and features.
 * Pure: no editor, no connection, no file system, no clock. Start reading here.
 */
import { type ConversionResult, type ConversionTarget, convertRecords } from './convert/convert';
import { type PrepareOptions, prepareForIndexing } from './convert/prepare';
import { parseDocument } from './parse/index';
import type { SolrJsonDocument } from './parse/solrJson';
import type {
  CodeAction, CodeLens, CompletionList, Diagnostic, DocumentLink, DocumentSymbol, FoldingRange, Hover, Location, Position,
  Range, SelectionRange, TextEdit, WorkspaceSymbol,
} from 'vscode-languageserver-types';
import { type DocumentFormat, type RecordDocument, recordAt } from './model/document';
import { type RecordTextDocument, isRecordText, parseRecordText } from './parse/recordText';
import { type Schema, vufindBiblioSchema } from './schema/schema';
import { firstRecord, parseRecordTextByChunks } from './parse/recordChunks';
import type { OffsetEdit } from './text/lineIndex';
import { type CheckResult, checkDocument, checkDocumentLimited } from './features/check';
import type { FindingLimit } from './features/findingLimit';
import { type CheckedSliceVisitor, type SlicedCheck, checkRecordTextInSlices } from './features/checkSlices';
import type { BlockText } from './text/blockText';
import { getCodeActions } from './features/codeActions';
import { limitNote, toDiagnostics } from './features/diagnostics';
import { fixAll } from './features/fixAll';
import type { CatalogSettings } from './settings';
import { type PreviewPageOptions, type RecordPreview, renderRecordPreview } from './preview/index';
import { getCompletions } from './features/completion';
import { formatRecordText } from './features/formatting';
import { getHover } from './features/hover';
import { documentLinksInSteps, getDocumentLinks } from './features/links';
import { getFoldingRanges, getSelectionRanges } from './features/ranges';
import { documentSymbolsInSteps, getDocumentSymbols, getWorkspaceSymbols } from './features/symbols';
import { codeLensesInSteps, getCodeLenses, getReferences } from './features/versions';
import { lineIndexOf, rangeToSpan, spanToRange } from './text/positions';
import { type RecordWorkspace, emptyWorkspace } from './workspace';
import type { Steps } from './steps';

export interface CatalogServiceOptions {
  readonly schema?: Schema;
  /** Base URI of the rule pages (`<base>/<rule id>.md`), linked from every diagnostic. */
  readonly ruleDocsBase?: string;
  /** The other record files of the workspace (versions, values seen elsewhere, workspace symbols). */
  readonly workspace?: RecordWorkspace;
}

export interface DiagnosticsResult {
  readonly diagnostics: Diagnostic[];
  readonly failures: CheckResult['failures'];
  /** Findings in the document; more than `diagnostics` holds when a limit left some out. */
  readonly total: number;
}

export interface CodeActionsInput {
  readonly document: RecordDocument;
  readonly uri: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly only?: readonly string[];
  /** The editor asked by itself (as the cursor moves), not because the user did. */
  readonly automatic?: boolean;
  readonly settings: CatalogSettings;
}

/** Everything an editor, the CLI or the preview asks of the core, bound to one schema. */
export interface CatalogService {
  readonly schema: Schema;
  parse(text: string): RecordTextDocument;
  /** Parses any supported format (`.record`, Solr JSON, JSON Lines, Solr XML) into the same record model. */
  parseAs(text: string, format: DocumentFormat): RecordDocument;
  /**
   * `parseAs` for an editor: `.record` text is parsed by chunks, and given the previous version's document and the
   * edit since, only the records the edit touches are parsed (and later checked) again. An editor's `BlockText`
   * is read only where the edit landed.
   */
  parseEdited(text: string | BlockText, format: DocumentFormat, previous?: { readonly document: RecordDocument; readonly edit: OffsetEdit }): RecordDocument;
  /** `uri` names the document in the workspace, so that rules can look at the other files (duplicate ids). */
  check(document: RecordDocument, settings: CatalogSettings, uri?: string): CheckResult;
  /**
   * Parses and checks text of one file on its own (the CLI's way): `.record` text a slice of records at a time, each
   * slice's findings handed to `visitor` before the next is parsed (see `checkSlices.ts`); other formats as one
   * slice.
   */
  checkText(text: string, format: DocumentFormat, settings: CatalogSettings, visitor: CheckedSliceVisitor): SlicedCheck;
  /** With a limit, the findings it chooses plus a note saying how many were left out (see `findingLimit.ts`). */
  getDiagnostics(document: RecordDocument, settings: CatalogSettings, uri?: string, limit?: FindingLimit): DiagnosticsResult;
  getCodeActions(request: CodeActionsInput): CodeAction[];
  /** The text with every safe fix applied; idempotent. */
  fixAll(text: string, settings: CatalogSettings, format?: DocumentFormat): string;
  /** The document's records in another format: names, values, order and multi-valued fields kept. */
  convert(document: RecordDocument, target: ConversionTarget): ConversionResult;
  /** A Solr JSON update payload without the fields Solr fills itself, and what it cannot carry over. */
  prepareForIndexing(document: RecordDocument, options?: PrepareOptions): ConversionResult;
  /** The preview page of the record at `offset` (first record when none), its findings beside the rows. */
  getPreview(document: RecordDocument, settings: CatalogSettings, offset: number, page: PreviewPageOptions): RecordPreview;
  getCompletions(document: RecordDocument, position: Position): CompletionList;
  getHover(document: RecordDocument, position: Position): Hover | null;
  getDocumentSymbols(document: RecordDocument): DocumentSymbol[];
  /** The same, in steps of about `recordsPerStep` records (see `core/steps.ts`). */
  documentSymbolsInSteps(document: RecordDocument, recordsPerStep: number): Steps<DocumentSymbol[]>;
  getWorkspaceSymbols(query: string): WorkspaceSymbol[];
  /** At most `limit` ranges (what the editor keeps), records before fields. */
  getFoldingRanges(document: RecordDocument, limit?: number): FoldingRange[];
  getSelectionRanges(document: RecordDocument, positions: readonly Position[]): SelectionRange[];
  /** Canonical layout edits, for the whole document or the records touching `range`; values never change. */
  format(document: RecordDocument, settings: CatalogSettings, range?: Range): TextEdit[];
  getDocumentLinks(document: RecordDocument): DocumentLink[];
  documentLinksInSteps(document: RecordDocument, recordsPerStep: number): Steps<DocumentLink[]>;
  getCodeLenses(document: RecordDocument, uri: string): CodeLens[];
  codeLensesInSteps(document: RecordDocument, uri: string, recordsPerStep: number): Steps<CodeLens[]>;
  getReferences(document: RecordDocument, uri: string, position: Position, includeDeclaration: boolean): Location[];
}

/** Atomic updates become plain values in any conversion: indexed, they would replace the whole document. */
function atomicUpdateWarnings(document: RecordDocument): string[] {
  const updates = 'atomicUpdates' in document ? (document as SolrJsonDocument).atomicUpdates : [];
  return updates.map((update) =>
    `Record ${update.recordIndex + 1}: "${update.field}" is an atomic update ({"${update.operation}": …}); the result holds its plain value, and a document of plain values replaces the whole stored document when indexed.`);
}

export const defaultRuleDocsBase = 'https://example.invalid/catalog-records/blob/main/docs/rules';

export function createCatalogService(options: CatalogServiceOptions = {}): CatalogService {
  const schema = options.schema ?? vufindBiblioSchema;
  const ruleDocsBase = options.ruleDocsBase ?? defaultRuleDocsBase;
  const parse = (text: string) => parseRecordText(text, { schema });
  const parseAs = (text: string, format: DocumentFormat) => parseDocument(text, format, schema);
  const workspace = options.workspace ?? emptyWorkspace;
  /** What rules see of the workspace when checking the document at `uri`. */
  const workspaceFor = (uri: string | undefined) => (uri === undefined ? {} : {
    workspace: {
      otherRecordsWithId: (id: string) => workspace.otherRecordsWithId(id, uri)
        .map((record) => ({ uri: record.uri, line: record.selectionRange.start.line })),
      idsElsewhere: () => workspace.idsOutside(uri),
    },
  });
  const check = (document: RecordDocument, settings: CatalogSettings, uri?: string) =>
    checkDocument(document, { schema, settings, ...workspaceFor(uri) });
  const fixAllText = (text: string, settings: CatalogSettings, format: DocumentFormat = 'record') =>
    fixAll(text, (current) => parseAs(current, format), { schema, settings });
  const service: CatalogService = {
    schema,
    parse,
    parseAs,
    parseEdited(text, format, previous) {
      if (format !== 'record') return parseAs(String(text), format);
      const reusable = previous && isRecordText(previous.document) ? { document: previous.document, edit: previous.edit } : undefined;
      return parseRecordTextByChunks(text, schema, reusable);
    },
    check,
    checkText(text, format, settings, visitor) {
      if (format === 'record') return checkRecordTextInSlices(text, { schema, settings }, visitor);
      const document = parseAs(text, format);
      const { findings, failures } = check(document, settings);
      visitor.slice(findings, document.records);
      return { records: document.records.length, failures };
    },
    getDiagnostics(document: RecordDocument, settings: CatalogSettings, uri?: string, limit?: FindingLimit): DiagnosticsResult {
      const result = checkDocumentLimited(document, { schema, settings, ...workspaceFor(uri) }, limit ?? { max: 0, focus: 0 });
      const total = result.total;
      const diagnostics = toDiagnostics(document, result.findings, ruleDocsBase);
      if (total > result.findings.length) diagnostics.push(limitNote(result.findings.length, total));
      return { diagnostics, failures: result.failures, total };
    },
    getCodeActions(request: CodeActionsInput): CodeAction[] {
      return getCodeActions({ ...request, fixAll: () => fixAllText(request.document.text, request.settings, request.document.format) });
    },
    fixAll: fixAllText,
    convert(document, target) {
      const result = convertRecords(document.records, target, schema);
      return { text: result.text, problems: [...atomicUpdateWarnings(document), ...result.problems] };
    },
    prepareForIndexing: (document, options) => ({
      text: prepareForIndexing(document.records, schema, options),
      problems: atomicUpdateWarnings(document),
    }),
    getPreview(document, settings, offset, page) {
      // Record rules run on the shown record only; document rules (duplicate ids…) still see every record.
      const shown = recordAt(document, offset) ?? firstRecord(document);
      const findings = checkDocument(document, { schema, settings, ...(shown ? { records: [shown] } : {}) }).findings;
      return renderRecordPreview(document, findings, offset, page);
    },
    getCompletions: (document, position) => getCompletions({ document, position, schema, workspace }),
    getHover: (document, position) => getHover({ document, position, schema, ruleDocsBase }),
    getDocumentSymbols,
    documentSymbolsInSteps,
    getWorkspaceSymbols: (query) => getWorkspaceSymbols(workspace, query),
    getFoldingRanges,
    getSelectionRanges,
    format(document, settings, range) {
      // Solr JSON and XML keep their own formatters; only `.record` layout is ours.
      if (!isRecordText(document)) return [];
      const index = lineIndexOf(document);
      const span = range ? rangeToSpan(index, range) : undefined;
      const changes = formatRecordText(document, parse, { fieldOrder: settings.format.fieldOrder, ...(span ? { span } : {}) });
      return changes.map((change) => ({ range: spanToRange(index, change.span), newText: change.newText }));
    },
    getDocumentLinks,
    documentLinksInSteps,
    getCodeLenses: (document, uri) => getCodeLenses(document, uri, workspace),
    codeLensesInSteps: (document, uri, recordsPerStep) => codeLensesInSteps(document, uri, workspace, recordsPerStep),
    getReferences: (document, uri, position, includeDeclaration) => getReferences(document, uri, position, workspace, includeDeclaration),
  };
  return Object.freeze(service);
}

export type { CatalogSettings } from './settings';
export { defaultSettings, readSettings, severitySettings } from './settings';
export type { DocumentFormat, RecordDocument } from './model/document';
export type { ConversionTarget } from './convert/convert';
export { formatOfPath } from './parse/index';
export type { RecordTextDocument } from './parse/recordText';
export { type RecordWorkspace, type WorkspaceRecord, WorkspaceRecordIndex } from './workspace';
export type { FieldOrder } from './features/formatting';
export type { CatalogRecord, Field, FieldValue } from './model/record';
export { allRules } from './rules/index';
export type { RecordLocation, Rule, Severity, WorkspaceRecords } from './rules/rule';
export { Schema } from './schema/schema';
export { parseSolrSchemaXml } from './schema/solrSchemaXml';
export type { SchemaProblem, SolrSchemaParseResult } from './schema/solrSchemaXml';
export { fixAllKind } from './features/codeActions';
export type { FindingLimit } from './features/findingLimit';
export type { CheckedSliceVisitor, SlicedCheck } from './features/checkSlices';
export type { SliceLines } from './parse/recordText';
export { BlockText } from './text/blockText';
export type { PreviewPageOptions, RecordPreview } from './preview/index';
