import {
  type CancellationToken, type CodeAction, CodeActionKind, CodeActionTriggerKind, CodeLensRefreshRequest, type Connection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  type Diagnostic, DocumentDiagnosticReportKind, FileChangeType, type InitializeParams, type InitializeResult,
  TextDocumentSyncKind, TextDocuments,
} from 'vscode-languageserver';
import { BlockTextDocument } from './blockTextDocument';
import {
  type CatalogService, type DocumentFormat, type RecordDocument, createCatalogService, fixAllKind, formatOfPath,
} from '../core/index';
import { fileURLToPath } from 'node:url';
import type { CatalogSettings } from '../core/settings';
import type { Steps } from '../core/steps';
import { DocumentCache } from './documentCache';
import { EditTracker } from './editTracker';
import { describeError, runSafe } from './runSafe';
import { SchemaLoader } from './schemaLoader';
import { SettingsStore } from './settings';
import { runInSteps } from './steps';
import {
  type ConvertParams, type ConvertResult, type PreviewParams, type PreviewResult, convertRequestMethod, previewRequestMethod,
} from '../protocol';
import { WorkspaceIndex, canonicalUri } from './workspaceIndex';

export interface ServerOptions {
  /** Base URI of the rule pages linked from diagnostics. */
  readonly ruleDocsBase?: string;
  /** Delay between the last edit and a pushed validation. */
  readonly debounceMs?: number;
  /** Read the workspace folders' `.record` files at start (default true). */
  readonly scanWorkspace?: boolean;
}

/** What VS Code shows of one file at most (it drops the rest): more would be computed and sent for nothing. */
const defaultMaxDiagnostics = 1000;
/** Records per step of a whole-document request (outline, lenses): a few milliseconds. */
const recordsPerRequestStep = 500;

/** Wires the core to an LSP connection; holds no catalog knowledge of its own. */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  // The workspace index parses with the service it feeds; the service only reads the index through its interface.
  let workspace: WorkspaceIndex | undefined;
  const serviceOptions = {
    ...(options.ruleDocsBase ? { ruleDocsBase: options.ruleDocsBase } : {}),
    workspace: {
      records: () => workspace?.records.records() ?? [],
      recordsWithId: (id: string) => workspace?.records.recordsWithId(id) ?? [],
      otherRecordsWithId: (id: string, exceptUri: string) => workspace?.records.otherRecordsWithId(id, canonicalUri(exceptUri)) ?? [],
      idsOutside: (exceptUri: string) => workspace?.records.idsOutside(canonicalUri(exceptUri)) ?? new Set<string>(),
      recordsWithWorkKey: (key: string) => workspace?.records.recordsWithWorkKey(key) ?? [],
      valuesOf: (field: string) => workspace?.records.valuesOf(field) ?? [],
    },
  };
  let service: CatalogService = createCatalogService(serviceOptions);
  const edits = new EditTracker();
  const documents = new TextDocuments(edits);
  const parsed = new DocumentCache<RecordDocument, BlockTextDocument>((document, previous) => service.parseEdited(document.text, documentFormat(document),
    previous && { document: previous.value, edit: previous.edit }), (uri) => edits.take(uri));
  let codeLensRefresh = false;
  let watchedFilesRegistration = false;
  let workspaceFolders: string[] = [];
  let lensTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshCodeLenses = (): void => {
    if (!codeLensRefresh) return;
    clearTimeout(lensTimer);
    lensTimer = setTimeout(() => void connection.sendRequest(CodeLensRefreshRequest.type), 300);
  };
  workspace = new WorkspaceIndex((text) => service.parse(text), refreshCodeLenses);
  let workspaceRoot: string | undefined;
  const schemas = new SchemaLoader({
    warn: (message) => void connection.window.showWarningMessage(message),
    error: (message) => void connection.window.showErrorMessage(message),
  }, () => workspaceRoot);
  /** The service for the `catalogRecords.schema` in force; a new schema re-parses every document. */
  const serviceFor = (documentSettings: CatalogSettings): CatalogService => {
    const schema = schemas.load(documentSettings.schema);
    if (schema !== service.schema) {
      service = createCatalogService({ ...serviceOptions, schema });
      parsed.clear();
    }
    return service;
  };
  let pullDiagnostics = false;
  /** The most folding ranges the editor keeps (VS Code: 5,000); computing more is work thrown away. */
  let foldingRangeLimit: number | undefined;
  let configurationPull = false;
  let dynamicConfiguration = false;
  const settings = new SettingsStore(connection, () => configurationPull);
  const pushTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const debounceMs = options.debounceMs ?? 200;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    pullDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
    foldingRangeLimit = capabilities.textDocument?.foldingRange?.rangeLimit;
    configurationPull = capabilities.workspace?.configuration === true;
    dynamicConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    codeLensRefresh = capabilities.workspace?.codeLens?.refreshSupport === true;
    watchedFilesRegistration = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    workspaceFolders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    const rootUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (rootUri?.startsWith('file:')) workspaceRoot = fileURLToPath(rootUri);
    const initial = (params.initializationOptions as Record<string, unknown> | undefined)?.['settings'];
    if (initial !== undefined) settings.setGlobal(initial);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind], resolveProvider: false },
        completionProvider: { resolveProvider: false },
        hoverProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        documentLinkProvider: { resolveProvider: false },
        codeLensProvider: { resolveProvider: false },
        referencesProvider: true,
        ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'catalog-records-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'catalogRecords' });
    if (watchedFilesRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.record' }] });
    }
    if (options.scanWorkspace !== false) {
      void workspace.scan(workspaceFolders).catch((error: unknown) => connection.console.error(`Workspace scan failed: ${describeError(error)}`));
    }
  });

  const diagnose = async (document: BlockTextDocument): Promise<Diagnostic[]> => {
    const documentSettings = await settings.get(document.uri);
    return runSafe(connection, `Diagnostics for ${document.uri}`, [], () => {
      const limit = { max: documentSettings.maxDiagnostics ?? defaultMaxDiagnostics, focus: edits.lastEditOffset(document.uri) };
      const result = serviceFor(documentSettings).getDiagnostics(parsed.get(document), documentSettings, canonicalUri(document.uri), limit);
      for (const failure of result.failures) {
        connection.console.error(`Rule ${failure.ruleId} failed on ${document.uri}: ${describeError(failure.error)}`);
      }
      if (indexTimers.has(document.uri)) scheduleIndexing(document.uri);
      return result.diagnostics;
    });
  };

  const schedulePush = (document: BlockTextDocument): void => {
    if (pullDiagnostics) return;
    clearTimeout(pushTimers.get(document.uri));
    pushTimers.set(document.uri, setTimeout(() => {
      pushTimers.delete(document.uri);
      const current = documents.get(document.uri);
      if (!current) return;
      void diagnose(current).then((diagnostics) => {
        // A newer version may have arrived while settings were fetched; its own push follows.
        if (documents.get(current.uri)?.version === current.version) {
          void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics });
        }
      });
    }, debounceMs));
  };

  // Indexing a big file for the other files' features is not worth doing on every keystroke.
  const indexTimers = new Map<string, ReturnType<typeof setTimeout>>();
  // The pause that earns a re-index grows with what indexing the document took (seconds for 50k records), so that
  // indexing never lands between two quick edits.
  const indexingMs = new Map<string, number>();
  /** Documents being indexed, between two steps, each with the number of its run. */
  const indexingNow = new Map<string, number>();
  let indexingRuns = 0;
  /**
   * Indexes the document for the other files' features after a pause. Diagnostics move the pause on too: indexing
   * (seconds for 50k records) must not run before their response has gone out.
   */
  const scheduleIndexing = (uri: string): void => {
    clearTimeout(indexTimers.get(uri));
    indexTimers.set(uri, setTimeout(() => {
      indexTimers.delete(uri);
      const current = documents.get(uri);
      if (!current) return;
      const started = performance.now();
      const stillWanted = () => !indexTimers.has(uri) && documents.get(uri)?.version === current.version;
      const run = ++indexingRuns;
      indexingNow.set(uri, run);
      void workspace.openedInSteps(current.uri, parsed.get(current), stillWanted).then(
        (done) => { if (done) indexingMs.set(uri, performance.now() - started); },
        (error: unknown) => connection.console.error(`Indexing ${current.uri} failed: ${describeError(error)}`),
      ).finally(() => { if (indexingNow.get(uri) === run) indexingNow.delete(uri); });
    }, Math.max(debounceMs, 2 * (indexingMs.get(uri) ?? 0))));
  };
  documents.onDidChangeContent((event) => {
    schedulePush(event.document);
    // Typing anywhere puts off indexing everywhere (a running one starts again later): a step of another file's
    // indexing would hold up this keystroke's diagnostics. Files on disk stay indexed meanwhile.
    for (const uri of new Set([event.document.uri, ...indexTimers.keys(), ...indexingNow.keys()])) scheduleIndexing(uri);
  });
  documents.onDidClose((event) => {
    clearTimeout(indexTimers.get(event.document.uri));
    indexTimers.delete(event.document.uri);
    indexingMs.delete(event.document.uri);
    void workspace.closed(event.document.uri);
    clearTimeout(pushTimers.get(event.document.uri));
    pushTimers.delete(event.document.uri);
    parsed.delete(event.document.uri);
    edits.forget(event.document.uri);
    settings.forget(event.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const items = document ? await diagnose(document) : [];
    return { kind: DocumentDiagnosticReportKind.Full, items };
  });

  connection.onDidChangeConfiguration((change) => {
    settings.changed(change.settings);
    if (pullDiagnostics) connection.languages.diagnostics.refresh();
    else for (const document of documents.all()) schedulePush(document);
  });

  connection.onCodeAction(async (params): Promise<CodeAction[]> => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const documentSettings = await settings.get(document.uri);
    return runSafe(connection, `Code actions for ${document.uri}`, [], () => serviceFor(documentSettings).getCodeActions({
      document: parsed.get(document),
      uri: document.uri,
      diagnostics: params.context.diagnostics,
      ...(params.context.only ? { only: params.context.only } : {}),
      automatic: params.context.triggerKind === CodeActionTriggerKind.Automatic,
      settings: documentSettings,
    }));
  });

  connection.onRequest(convertRequestMethod, async (params: ConvertParams): Promise<ConvertResult> => {
    const document = documents.get(params.uri);
    if (!document) return { text: '', languageId: 'json', problems: [`${params.uri} is not open.`] };
    const documentSettings = await settings.get(document.uri);
    return runSafe(connection, `Conversion of ${document.uri}`, { text: '', languageId: 'json', problems: ['The conversion failed; see the output channel.'] }, () => {
      const current = serviceFor(documentSettings);
      const parsedDocument = parsed.get(document);
      const syntaxProblems = parsedDocument.problems.map((problem) => `Not converted: ${problem.message}`);
      if (params.target === 'prepare') {
        const result = current.prepareForIndexing(parsedDocument, { keepVersion: params.keepVersion === true });
        return { text: result.text, languageId: 'json', problems: [...syntaxProblems, ...result.problems] };
      }
      const result = current.convert(parsedDocument, params.target);
      const languageId = params.target === 'record' ? 'vufind-record' : params.target;
      return { text: result.text, languageId, problems: [...syntaxProblems, ...result.problems] };
    });
  });

  connection.onRequest(previewRequestMethod, async (params: PreviewParams): Promise<PreviewResult> => {
    const unavailable: PreviewResult = { html: '', recordIndex: -1, recordCount: 0 };
    const document = documents.get(params.uri);
    if (!document) return unavailable;
    const documentSettings = await settings.get(document.uri);
    return runSafe(connection, `Preview of ${document.uri}`, unavailable, () => serviceFor(documentSettings).getPreview(
      parsed.get(document), documentSettings, params.offset,
      { nonce: params.nonce, cspSource: params.cspSource, styleHref: params.styleHref, scriptSrc: params.scriptSrc },
    ));
  });

  connection.onDidChangeWatchedFiles((params) => {
    const kinds = { [FileChangeType.Created]: 'created', [FileChangeType.Changed]: 'changed', [FileChangeType.Deleted]: 'deleted' } as const;
    void workspace.filesChanged(params.changes.map((change) => ({ uri: change.uri, kind: kinds[change.type] })));
  });

  /** Runs a feature on an open document; unknown documents get `fallback`. */
  const onDocument = <T>(uri: string, what: string, fallback: T, feature: (document: RecordDocument, text: BlockTextDocument) => T): T => {
    const document = documents.get(uri);
    if (!document) return fallback;
    return runSafe(connection, `${what} for ${uri}`, fallback, () => feature(parsed.get(document), document));
  };

  connection.onCompletion((params) => onDocument(params.textDocument.uri, 'Completion', null,
    (document) => service.getCompletions(document, params.position)));
  connection.onHover((params) => onDocument(params.textDocument.uri, 'Hover', null, (document) => service.getHover(document, params.position)));
  /**
   * A feature over the whole document, in steps with the event loop free in between: a big file's outline or lenses
   * take up to a second, and the next keystroke's diagnostics must not wait for them. The editor cancels a request
   * that a newer version made stale; its answer would be dropped, so the work stops.
   */
  const inSteps = async <T>(uri: string, what: string, fallback: T, token: CancellationToken,
    steps: (document: RecordDocument) => Steps<T>): Promise<T> => {
    const document = documents.get(uri);
    if (!document) return fallback;
    try {
      const done = await runInSteps(steps(parsed.get(document)), () => !token.isCancellationRequested);
      return done ? done.value : fallback;
    } catch (error) {
      connection.console.error(`${what} for ${uri} failed: ${describeError(error)}`);
      return fallback;
    }
  };

  connection.onDocumentSymbol((params, token) => inSteps(params.textDocument.uri, 'Document symbols', [], token,
    (document) => service.documentSymbolsInSteps(document, recordsPerRequestStep)));
  connection.onWorkspaceSymbol((params) => runSafe(connection, 'Workspace symbols', [], () => service.getWorkspaceSymbols(params.query)));
  connection.onFoldingRanges((params) => onDocument(params.textDocument.uri, 'Folding ranges', [],
    (document) => service.getFoldingRanges(document, foldingRangeLimit)));
  connection.onSelectionRanges((params) => onDocument(params.textDocument.uri, 'Selection ranges', [],
    (document) => service.getSelectionRanges(document, params.positions)));
  connection.onDocumentLinks((params, token) => inSteps(params.textDocument.uri, 'Document links', [], token,
    (document) => service.documentLinksInSteps(document, recordsPerRequestStep)));
  connection.onCodeLens((params, token) => inSteps(params.textDocument.uri, 'Code lenses', [], token,
    (document) => service.codeLensesInSteps(document, canonicalUri(params.textDocument.uri), recordsPerRequestStep)));
  connection.onReferences((params) => onDocument(params.textDocument.uri, 'References', [],
    (document) => service.getReferences(document, canonicalUri(params.textDocument.uri), params.position, params.context.includeDeclaration)));
  connection.onDocumentFormatting(async (params) => {
    const documentSettings = await settings.get(params.textDocument.uri);
    return onDocument(params.textDocument.uri, 'Formatting', [], (document) => serviceFor(documentSettings).format(document, documentSettings));
  });
  connection.onDocumentRangeFormatting(async (params) => {
    const documentSettings = await settings.get(params.textDocument.uri);
    return onDocument(params.textDocument.uri, 'Range formatting', [], (document) => serviceFor(documentSettings).format(document, documentSettings, params.range));
  });

  documents.listen(connection);
  connection.listen();
}

/** `.record` by language; Solr JSON, JSON Lines and XML (which keep the editor's json/xml language) by file name. */
function documentFormat(document: BlockTextDocument): DocumentFormat {
  if (document.languageId === 'vufind-record') return 'record';
  return formatOfPath(document.uri) ?? 'record';
}
