const assert = require('node:assert');
const path = require('node:path');
const vscode = require('vscode');
const { openExampleCopy, waitFor, waitForDiagnostics } = require('./support');

const PREVIEW_VIEW_TYPE = 'catalogRecords.preview';

/** The preview's tabs; VS Code prefixes the view type of an extension's webview with "mainThreadWebview-". */
function previewTabs() {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(PREVIEW_VIEW_TYPE));
}

function waitForPreviewTab(label) {
  return waitFor(`one preview tab titled "${label}"`, () => {
    const tabs = previewTabs();
    return tabs.length === 1 && tabs[0].label === label ? tabs[0] : undefined;
  });
}

describe('preview', () => {
  after(async () => {
    await vscode.window.tabGroups.close(previewTabs());
  });

  it('catalogRecords.showPreviewToSide opens one webview panel beside the record, titled after it', async () => {
    const document = await openExampleCopy('preview');
    await waitForDiagnostics(document, 'record/unindented-value', 2);
    const sourceColumn = vscode.window.activeTextEditor.viewColumn;
    await vscode.commands.executeCommand('catalogRecords.showPreviewToSide');
    const tab = await waitForPreviewTab(`Preview ${path.posix.basename(document.uri.path)}`);
    assert.notStrictEqual(tab.group.viewColumn, sourceColumn, 'the preview opens in another editor group');
    assert.strictEqual(vscode.window.activeTextEditor?.document, document, 'the record keeps the focus (preserveFocus)');
  });

  it('follows the active record editor', async () => {
    const other = await openExampleCopy('preview-follows');
    await vscode.window.showTextDocument(other, vscode.ViewColumn.One);
    await waitForPreviewTab(`Preview ${path.posix.basename(other.uri.path)}`);
  });
});
