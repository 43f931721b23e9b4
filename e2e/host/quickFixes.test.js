const assert = require('node:assert');
const vscode = require('vscode');
const {
  EXPECTED_TITLE_SORT, applyAction, codeActions, lineStartingWith, openExampleCopy, replaceLine, waitForDiagnostics,
} = require('./support');

describe('quick fixes', () => {
  it('indents an unindented value', async () => {
    const document = await openExampleCopy('indent');
    const [first] = await waitForDiagnostics(document, 'record/unindented-value', 2);
    const line = first.range.start.line;
    const before = document.lineAt(line).text;
    const actions = await codeActions(document, first.range, vscode.CodeActionKind.QuickFix.value);
    const indent = actions.find((action) => action.title === 'Indent the value');
    assert.ok(indent, `an "Indent the value" fix among ${JSON.stringify(actions.map((action) => action.title))}`);
    assert.strictEqual(indent.isPreferred, true);
    await applyAction(indent);
    assert.strictEqual(document.lineAt(line).text, `  ${before}`);
    await waitForDiagnostics(document, 'record/unindented-value', 1);
  });

  it('replaces a wrong title_sort with the key VuFind computes', async () => {
    const document = await openExampleCopy('title-sort');
    await waitForDiagnostics(document, 'record/unindented-value', 2);
    await replaceLine(document, lineStartingWith(document, 'title_sort ').lineNumber, 'title_sort Back to Basics');
    const [mismatch] = await waitForDiagnostics(document, 'vufind/title-sort-mismatch', 1);
    assert.match(mismatch.message, new RegExp(`"${EXPECTED_TITLE_SORT}"`));
    const actions = await codeActions(document, mismatch.range, vscode.CodeActionKind.QuickFix.value);
    const replace = actions.find((action) => action.title === `Replace with "${EXPECTED_TITLE_SORT}"`);
    assert.ok(replace, `a replace fix among ${JSON.stringify(actions.map((action) => action.title))}`);
    await applyAction(replace);
    assert.strictEqual(lineStartingWith(document, 'title_sort ').text, `title_sort ${EXPECTED_TITLE_SORT}`);
    await waitForDiagnostics(document, 'vufind/title-sort-mismatch', 0);
  });
});
