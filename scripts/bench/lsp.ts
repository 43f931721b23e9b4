import { spawn } from 'node:child_process';
import {
  type DocumentDiagnosticReport, type ProtocolConnection, StreamMessageReader, StreamMessageWriter, createProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { highWaterMark, percentile, residentSet } from './measure';

export interface LspResults {
  readonly openBytes: number;
  readonly firstDiagnosticsMs: number;
  readonly editDocumentRecords: number;
  readonly editDocumentBytes: number;
  readonly editDocumentOpenMs: number;
  readonly edits: number;
  readonly editP50Ms: number;
  readonly editP95Ms: number;
  /** Diagnostics in the report after the last edit: the report is resent whole after every edit. */
  readonly editDiagnostics: number;
  readonly serverRssBytes: number;
  readonly serverPeakRssBytes: number;
}

export interface EditTarget {
  /** 0-based line and character where a character is typed and then deleted again. */
  readonly line: number;
  readonly character: number;
}

/**
 * Talks to `dist/server.js --stdio` as an editor does, with pull diagnostics (what VS Code uses):
 * didOpen/didChange, then `textDocument/diagnostic`, timed until the report arrives.
 */
export async function benchLanguageServer(serverScript: string, openText: string, editText: string, editRecords: number,
  targets: readonly EditTarget[], editBudgetMs: number, settings?: unknown): Promise<LspResults> {
  const child = spawn(process.execPath, [serverScript, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();
  try {
    await connection.sendRequest('initialize', {
      processId: process.pid, rootUri: null, workspaceFolders: null,
      ...(settings === undefined ? {} : { initializationOptions: { settings } }),
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false }, synchronization: { didSave: false } } },
    });
    await connection.sendNotification('initialized', {});

    const firstDiagnosticsMs = await timeOpen(connection, 'file:///bench/ten-megabytes.record', openText);
    const editUri = 'file:///bench/edits.record';
    const editDocumentOpenMs = await timeOpen(connection, editUri, editText);
    const latencies: number[] = [];
    // The generator's garbage would otherwise be collected in this process while edits are timed.
    (globalThis as { gc?: () => void }).gc?.();
    let editDiagnostics = 0;
    const started = performance.now();
    for (let i = 0; i < targets.length && performance.now() - started < editBudgetMs; i++) {
      // Typing: even edits insert a character inside a record (everything after it moves), odd edits delete it again.
      const target = i % 2 === 0 ? targets[i]! : targets[i - 1]!;
      const at = { line: target.line, character: target.character };
      const before = performance.now();
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: editUri, version: i + 2 },
        contentChanges: [i % 2 === 0
          ? { range: { start: at, end: at }, text: 'q' }
          : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' }],
      });
      const report = await pullDiagnostics(connection, editUri);
      latencies.push(performance.now() - before);
      editDiagnostics = report.kind === 'full' ? report.items.length : editDiagnostics;
    }
    return {
      openBytes: Buffer.byteLength(openText),
      firstDiagnosticsMs,
      editDocumentRecords: editRecords,
      editDocumentBytes: Buffer.byteLength(editText),
      editDocumentOpenMs,
      edits: latencies.length,
      editP50Ms: percentile(latencies, 50),
      editP95Ms: percentile(latencies, 95),
      editDiagnostics,
      serverRssBytes: residentSet(child.pid!),
      serverPeakRssBytes: highWaterMark(child.pid!),
    };
  } finally {
    // As an editor closes: shutdown, exit (a profiler attached to the server writes its profile on exit).
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await connection.sendRequest('shutdown').then(() => connection.sendNotification('exit')).catch(() => undefined);
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    connection.dispose();
    child.kill();
  }
}

async function timeOpen(connection: ProtocolConnection, uri: string, text: string): Promise<number> {
  const before = performance.now();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'vufind-record', version: 1, text } });
  await pullDiagnostics(connection, uri);
  return performance.now() - before;
}

function pullDiagnostics(connection: ProtocolConnection, uri: string): Promise<DocumentDiagnosticReport> {
  return connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
}
