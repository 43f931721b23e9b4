const assert = require('node:assert');
const vscode = require('vscode');
const { EXPECTED_TITLE_SORT, lineStartingWith, openExampleCopy, waitForDiagnostics } = require('./support');

async function hoverTextAt(document, position) {
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, position);
  return hovers.flatMap((hover) => hover.contents).map((content) => (typeof content === 'string' ? content : content.value)).join('\n\n');
}

describe('hover', () => {
  it('on the title_sort value shows the key VuFind computes and how, step by step', async () => {
    const document = await openExampleCopy('hover');
    await waitForDiagnostics(document, 'record/unindented-value', 2);
    const line = lineStartingWith(document, 'title_sort ');
    const text = await hoverTextAt(document, new vscode.Position(line.lineNumber, 'title_sort back'.length));
    assert.ok(text.includes(`**title_sort**: VuFind computes \`${EXPECTED_TITLE_SORT}\` (matches)`), `hover text: ${text}`);
    assert.ok(text.includes('Computed as VuFind\'s XSLT importers do'), `hover text: ${text}`);
    assert.ok(text.includes(`3. punctuation and whitespace runs → one space: "${EXPECTED_TITLE_SORT}"`), `hover text: ${text}`);
  });

  it('on the title_sort field name describes the field and the rule that checks it', async () => {
    const document = await openExampleCopy('hover-name');
    await waitForDiagnostics(document, 'record/unindented-value', 2);
    const line = lineStartingWith(document, 'title_sort ');
    const text = await hoverTextAt(document, new vscode.Position(line.lineNumber, 3));
    assert.ok(text.includes('**title_sort**: `string · single-valued`, indexed, stored'), `hover text: ${text}`);
    assert.match(text, /\[vufind\/title-sort-mismatch\]\([^)]*docs\/rules\/vufind\/title-sort-mismatch\.md\)/);
  });
});
