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
  /** 0-based line and character of the character the edits toggle. */
  readonly line: number;
  readonly character: number;
  readonly original: string;
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
    let editDiagnostics = 0;
    const started = performance.now();
    for (let i = 0; i < targets.length && performance.now() - started < editBudgetMs; i++) {
      const target = targets[i]!;
      // Odd edits put the original character back, so every edit changes one character of one record.
      const newText = i % 2 === 0 ? (target.original === 'q' ? 'z' : 'q') : target.original;
      const editTarget = i % 2 === 0 ? target : targets[i - 1]!;
      const before = performance.now();
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: editUri, version: i + 2 },
        contentChanges: [{
          range: { start: { line: editTarget.line, character: editTarget.character }, end: { line: editTarget.line, character: editTarget.character + 1 } },
          text: newText,
        }],
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
