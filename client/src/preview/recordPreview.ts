import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  type PreviewParams, type PreviewResult, type RevealMessage, previewRequestMethod,
} from '../../../server/src/protocol';
import { isCatalogDocument } from '../documentSelector';

const viewType = 'catalogRecords.preview';
/** Typing pauses shorter than this do not re-render the page. */
const updateDelayMs = 150;

/** The preview commands; one preview panel that follows the active `.record` editor and its cursor. */
export function registerRecordPreview(context: vscode.ExtensionContext, client: LanguageClient): void {
  const preview = new RecordPreview(context.extensionUri, client);
  context.subscriptions.push(
    preview,
    vscode.commands.registerCommand('catalogRecords.showPreview', (uri?: vscode.Uri) =>
      preview.show(uri, vscode.ViewColumn.Active, false)),
    vscode.commands.registerCommand('catalogRecords.showPreviewToSide', (uri?: vscode.Uri) =>
      preview.show(uri, vscode.ViewColumn.Beside, true)),
  );
}

class RecordPreview implements vscode.Disposable {
  readonly #mediaRoot: vscode.Uri;
  readonly #subscriptions: vscode.Disposable[] = [];
  #panel: vscode.WebviewPanel | undefined;
  #source: vscode.Uri | undefined;
  /** The cursor in the source, kept when the preview itself has focus. */
  #offset = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #requestSeq = 0;
  /** The last page shown, without its nonce: an unchanged page is not reloaded. */
  #shownPage = '';

  constructor(extensionUri: vscode.Uri, readonly client: LanguageClient) {
    this.#mediaRoot = vscode.Uri.joinPath(extensionUri, 'media');
    this.#subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isCatalogDocument(editor.document)) this.#follow(editor);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.#isSource(event.document)) this.#schedule();
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (!this.#isSource(event.textEditor.document)) return;
        this.#offset = event.textEditor.document.offsetAt(event.selections[0]!.active);
        this.#schedule();
      }),
    );
  }

  async show(uri: vscode.Uri | undefined, column: vscode.ViewColumn, preserveFocus: boolean): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const document = uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
    if (!document || !isCatalogDocument(document)) {
      void vscode.window.showInformationMessage('Open a .record file or a Solr JSON/XML document to preview it.');
      return;
    }
    if (this.#panel) {
      this.#panel.reveal(column, preserveFocus);
    } else {
      this.#panel = this.#createPanel(column, preserveFocus);
    }
    const sourceEditor = editor?.document === document ? editor : undefined;
    this.#source = document.uri;
    this.#offset = sourceEditor ? document.offsetAt(sourceEditor.selection.active) : 0;
    this.#shownPage = '';
    await this.#update();
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#panel?.dispose();
    for (const subscription of this.#subscriptions) subscription.dispose();
  }

  #createPanel(column: vscode.ViewColumn, preserveFocus: boolean): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(viewType, 'Record Preview', { viewColumn: column, preserveFocus }, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [this.#mediaRoot],
    });
    panel.webview.onDidReceiveMessage((message: unknown) => {
      if (isRevealMessage(message)) void this.#reveal(message);
    }, undefined, this.#subscriptions);
    panel.onDidDispose(() => {
      clearTimeout(this.#timer);
      this.#panel = undefined;
      this.#source = undefined;
    }, undefined, this.#subscriptions);
    return panel;
  }

  #isSource(document: vscode.TextDocument): boolean {
    return this.#panel !== undefined && this.#source?.toString() === document.uri.toString();
  }

  #follow(editor: vscode.TextEditor): void {
    if (!this.#panel || this.#isSource(editor.document)) return;
    this.#source = editor.document.uri;
    this.#offset = editor.document.offsetAt(editor.selection.active);
    this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#update(), updateDelayMs);
  }

  async #update(): Promise<void> {
    const panel = this.#panel;
    const source = this.#source;
    if (!panel || !source) return;
    const seq = ++this.#requestSeq;
    const nonce = randomBytes(16).toString('base64');
    const params: PreviewParams = {
      uri: source.toString(),
      offset: this.#offset,
      nonce,
      cspSource: panel.webview.cspSource,
      styleHref: panel.webview.asWebviewUri(vscode.Uri.joinPath(this.#mediaRoot, 'preview.css')).toString(),
      scriptSrc: panel.webview.asWebviewUri(vscode.Uri.joinPath(this.#mediaRoot, 'preview.js')).toString(),
    };
    let result: PreviewResult;
    try {
      result = await this.client.sendRequest<PreviewResult>(previewRequestMethod, params);
    } catch (error) {
      this.client.error('Preview request failed', error, false);
      return;
    }
    // A newer request is on its way, or the panel closed meanwhile.
    if (seq !== this.#requestSeq || this.#panel !== panel || result.html === '') return;
    panel.title = previewTitle(source, result);
    const page = result.html.split(nonce).join('');
    if (page === this.#shownPage) return;
    this.#shownPage = page;
    panel.webview.html = result.html;
  }

  /** Selects the clicked field or value in the source editor, opening it beside the preview if needed. */
  async #reveal(message: RevealMessage): Promise<void> {
    if (!this.#source) return;
    const document = await vscode.workspace.openTextDocument(this.#source);
    const length = document.getText().length;
    if (message.start > length || message.end > length) return;
    const range = new vscode.Range(document.positionAt(message.start), document.positionAt(message.end));
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.Beside,
      selection: range,
    });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

function previewTitle(source: vscode.Uri, result: PreviewResult): string {
  const name = path.posix.basename(source.path);
  return result.recordCount > 1 ? `Preview ${name} (${result.recordIndex + 1}/${result.recordCount})` : `Preview ${name}`;
}

/** Messages come from page script: trust nothing about their shape. */
function isRevealMessage(message: unknown): message is RevealMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, start, end } = message as Record<string, unknown>;
  return type === 'reveal' && Number.isInteger(start) && Number.isInteger(end)
    && (start as number) >= 0 && (end as number) >= (start as number);
}
