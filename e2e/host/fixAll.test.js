const assert = require('node:assert');
const vscode = require('vscode');
const { FIX_ALL_KIND, applyAction, codeActions, lineStartingWith, openExampleCopy, replaceLine, waitForDiagnostics } = require('./support');

describe('fix all', () => {
  it(`${FIX_ALL_KIND} fixes every safe problem at once and then has nothing left to do`, async () => {
    const document = await openExampleCopy('fix-all');
    const original = document.getText();
    await replaceLine(document, lineStartingWith(document, 'title_sort ').lineNumber, 'title_sort Back to Basics');
    await waitForDiagnostics(document, 'vufind/title-sort-mismatch', 1);
    await waitForDiagnostics(document, 'record/unindented-value', 2);

    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await codeActions(document, whole, FIX_ALL_KIND);
    assert.deepStrictEqual(actions.map((action) => action.kind.value), [FIX_ALL_KIND]);
    await applyAction(actions[0]);

    const expected = original
      .replace('\nBack to Basics: Facilitating', '\n  Back to Basics: Facilitating')
      .replace('\nJournal of Innovation in Polytechnic Education\n', '\n  Journal of Innovation in Polytechnic Education\n');
    assert.strictEqual(document.getText(), expected);
    await waitForDiagnostics(document, 'record/unindented-value', 0);
    await waitForDiagnostics(document, 'vufind/title-sort-mismatch', 0);
    assert.deepStrictEqual(await codeActions(document, new vscode.Range(0, 0, document.lineCount, 0), FIX_ALL_KIND), []);
  });
});
