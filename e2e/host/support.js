// Helpers for the tests that run inside the extension host.
const assert = require('node:assert');
const vscode = require('vscode');
const { waitFor } = require('../lib/waitFor');

const EXTENSION_ID = 'catalog-records.catalog-records';
const EXAMPLE = 'examples/doaj-article.record';
const FIX_ALL_KIND = 'source.fixAll.catalog-records';

let copies = 0;

/** Opens a fresh copy of the example in the editor, so every test starts from the same text. */
async function openExampleCopy(label) {
  const root = vscode.workspace.workspaceFolders[0].uri;
  const copy = vscode.Uri.joinPath(root, 'scratch', `${String(++copies).padStart(2, '0')}-${label}.record`);
  // Each copy gets its own id: the same id in two workspace files is a real vufind/duplicate-id finding.
  const example = Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, EXAMPLE))).toString('utf8');
  const unique = example.replace(/^id (.*)$/m, (_line, id) => `id ${id}-${label}-${copies}`);
  await vscode.workspace.fs.writeFile(copy, Buffer.from(unique, 'utf8'));
  const document = await vscode.workspace.openTextDocument(copy);
  await vscode.window.showTextDocument(document);
  return document;
}

function codeOf(diagnostic) {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
}

function diagnosticsOf(document, ruleId) {
  return vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => codeOf(diagnostic) === ruleId);
}

/** Waits until exactly `count` diagnostics of `ruleId` are shown for the document and returns them. */
function waitForDiagnostics(document, ruleId, count) {
  return waitFor(`${count} ${ruleId} diagnostic(s) on ${document.uri.path}`, () => {
    const found = diagnosticsOf(document, ruleId);
    return found.length === count ? found : undefined;
  });
}

function codeActions(document, range, kind) {
  return vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, range, kind);
}

async function applyAction(action) {
  assert.ok(action.edit, `code action "${action.title}" carries an edit`);
  assert.strictEqual(await vscode.workspace.applyEdit(action.edit), true, `applying "${action.title}"`);
}

function lineStartingWith(document, prefix) {
  for (let line = 0; line < document.lineCount; line++) {
    if (document.lineAt(line).text.startsWith(prefix)) return document.lineAt(line);
  }
  assert.fail(`no line starts with "${prefix}"`);
}

async function replaceLine(document, line, text) {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, document.lineAt(line).range, text);
  assert.strictEqual(await vscode.workspace.applyEdit(edit), true, `replacing line ${line + 1}`);
}

module.exports = {
  EXTENSION_ID, FIX_ALL_KIND, applyAction, codeActions, codeOf, diagnosticsOf, lineStartingWith, openExampleCopy,
  replaceLine, waitFor, waitForDiagnostics,
};
