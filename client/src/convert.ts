import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { type ConvertParams, type ConvertResult, type ConvertTarget, convertRequestMethod } from '../../server/src/protocol';
import { isCatalogDocument } from './documentSelector';

const commands: ReadonlyArray<{ id: string; target: ConvertTarget; keepVersion?: boolean }> = [
  { id: 'catalogRecords.convertToRecord', target: 'record' },
  { id: 'catalogRecords.convertToSolrJson', target: 'json' },
  { id: 'catalogRecords.convertToSolrXml', target: 'xml' },
  { id: 'catalogRecords.prepareForIndexing', target: 'prepare' },
  { id: 'catalogRecords.prepareForIndexingKeepVersion', target: 'prepare', keepVersion: true },
];

/** Conversion commands: the result opens beside the source as a new, unsaved document. */
export function registerConversions(context: vscode.ExtensionContext, client: LanguageClient): void {
  for (const command of commands) {
    context.subscriptions.push(vscode.commands.registerCommand(command.id, async (uri?: vscode.Uri) => {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document || !isCatalogDocument(document)) {
        void vscode.window.showInformationMessage('Open a .record file or a Solr JSON/XML document to convert it.');
        return;
      }
      const params: ConvertParams = { uri: document.uri.toString(), target: command.target, ...(command.keepVersion ? { keepVersion: true } : {}) };
      const result = await client.sendRequest<ConvertResult>(convertRequestMethod, params);
      const converted = await vscode.workspace.openTextDocument({ content: result.text, language: result.languageId });
      await vscode.window.showTextDocument(converted, { viewColumn: vscode.ViewColumn.Beside, preview: false });
      if (result.problems.length > 0) void vscode.window.showWarningMessage(result.problems.join(' '));
    }));
  }
}
