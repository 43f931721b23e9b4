// Helpers for the tests that run inside the extension host.
const assert = require('node:assert');
const vscode = require('vscode');
const { waitFor } = require('../lib/waitFor');

const EXTENSION_ID = 'catalog-records.catalog-records';
const EXAMPLE = 'examples/doaj-article.record';
const FIX_ALL_KIND = 'source.fixAll.catalog-records';
/** The title_sort VuFind computes for the example (shared/design/vufind-facts.md). */
const EXPECTED_TITLE_SORT = 'back to basics facilitating the recognition of micro credentials in ontario pse';

let copies = 0;

function workspaceRoot() {
  return vscode.workspace.workspaceFolders[0].uri;
}

/** The example's text as the workspace copy of examples/ holds it. */
async function exampleText() {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), EXAMPLE)));
}

/**
 * Opens a fresh copy of the example in the editor, so every test starts from the same text. The copy gets an id of
 * its own (the label is appended): the language server indexes the workspace and reports ids that several files use
 * (vufind/duplicate-id). `{ keepId: true }` keeps the example's id.
 */
async function openExampleCopy(label, { keepId = false } = {}) {
  const name = `${String(++copies).padStart(2, '0')}-${label}.record`;
  const text = keepId ? await exampleText() : (await exampleText()).replace(/^id (.*)$/m, `id $1-${label}`);
  return openScratchFile(name, text);
}

/** Writes `text` to scratch/<name> in the workspace and shows it in the editor. */
async function openScratchFile(name, text) {
  const uri = vscode.Uri.joinPath(workspaceRoot(), 'scratch', name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
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
  EXAMPLE, EXPECTED_TITLE_SORT, EXTENSION_ID, FIX_ALL_KIND, applyAction, codeActions, codeOf, diagnosticsOf, lineStartingWith, openExampleCopy,
  openScratchFile, replaceLine, waitFor, waitForDiagnostics,
};
