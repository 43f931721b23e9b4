import {
  type CodeAction, CodeActionKind, type Connection, DidChangeConfigurationNotification, type Diagnostic,
  DocumentDiagnosticReportKind, type InitializeParams, type InitializeResult, TextDocumentSyncKind, TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type CatalogService, createCatalogService, fixAllKind } from '../core/index';
import type { RecordTextDocument } from '../core/parse/recordText';
import { fileURLToPath } from 'node:url';
import type { CatalogSettings } from '../core/settings';
import { DocumentCache } from './documentCache';
import { describeError, runSafe } from './runSafe';
import { SchemaLoader } from './schemaLoader';
import { SettingsStore } from './settings';

export interface ServerOptions {
  /** Base URI of the rule pages linked from diagnostics. */
  readonly ruleDocsBase?: string;
  /** Delay between the last edit and a pushed validation. */
  readonly debounceMs?: number;
}

/** Wires the core to an LSP connection; holds no catalog knowledge of its own. */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const serviceOptions = options.ruleDocsBase ? { ruleDocsBase: options.ruleDocsBase } : {};
  let service: CatalogService = createCatalogService(serviceOptions);
  const documents = new TextDocuments(TextDocument);
  const parsed = new DocumentCache<RecordTextDocument>((document) => service.parse(document.getText()));
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
  let configurationPull = false;
  let dynamicConfiguration = false;
  const settings = new SettingsStore(connection, () => configurationPull);
  const pushTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const debounceMs = options.debounceMs ?? 200;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    pullDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
    configurationPull = capabilities.workspace?.configuration === true;
    dynamicConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    const rootUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (rootUri?.startsWith('file:')) workspaceRoot = fileURLToPath(rootUri);
    const initial = (params.initializationOptions as Record<string, unknown> | undefined)?.['settings'];
    if (initial !== undefined) settings.setGlobal(initial);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind], resolveProvider: false },
        ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'catalog-records-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'catalogRecords' });
  });

  const diagnose = async (document: TextDocument): Promise<Diagnostic[]> => {
    const documentSettings = await settings.get(document.uri);
    return runSafe(connection, `Diagnostics for ${document.uri}`, [], () => {
      const result = serviceFor(documentSettings).getDiagnostics(parsed.get(document), documentSettings);
      for (const failure of result.failures) {
        connection.console.error(`Rule ${failure.ruleId} failed on ${document.uri}: ${describeError(failure.error)}`);
      }
      return result.diagnostics;
    });
  };

  const schedulePush = (document: TextDocument): void => {
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

  documents.onDidChangeContent((event) => schedulePush(event.document));
  documents.onDidClose((event) => {
    clearTimeout(pushTimers.get(event.document.uri));
    pushTimers.delete(event.document.uri);
    parsed.delete(event.document.uri);
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
      settings: documentSettings,
    }));
  });

  documents.listen(connection);
  connection.listen();
}
