const assert = require('node:assert');
const vscode = require('vscode');
const { EXPECTED_TITLE_SORT, applyAction, codeActions, openScratchFile, waitForDiagnostics } = require('./support');

/** The example as a Solr JSON document, with a title_sort the importer would not have computed. */
const SOLR_DOCUMENT = {
  id: 'doaj-art-e2e-solr-json',
  title: 'Back to Basics: Facilitating the Recognition of Micro-Credentials in Ontario PSE',
  title_sort: 'Back to Basics',
  author: ['Roger Pizarro Milian'],
  format: ['Article'],
  language: ['English'],
};

describe('Solr JSON documents', () => {
  it('get vufind/title-sort-mismatch and a quick fix that keeps the file valid JSON', async () => {
    const document = await openScratchFile('title-sort.solr.json', `${JSON.stringify(SOLR_DOCUMENT, null, 2)}\n`);
    assert.strictEqual(document.languageId, 'json', 'a Solr JSON file keeps VS Code\'s JSON language');
    const [mismatch] = await waitForDiagnostics(document, 'vufind/title-sort-mismatch', 1);
    assert.strictEqual(document.getText(mismatch.range).replace(/^"|"$/g, ''), 'Back to Basics');
    assert.match(mismatch.message, new RegExp(`"${EXPECTED_TITLE_SORT}"`));

    const actions = await codeActions(document, mismatch.range, vscode.CodeActionKind.QuickFix.value);
    const replace = actions.find((action) => action.title === `Replace with "${EXPECTED_TITLE_SORT}"`);
    assert.ok(replace, `a replace fix among ${JSON.stringify(actions.map((action) => action.title))}`);
    await applyAction(replace);

    const fixed = JSON.parse(document.getText());
    assert.deepStrictEqual(fixed, { ...SOLR_DOCUMENT, title_sort: EXPECTED_TITLE_SORT });
    await waitForDiagnostics(document, 'vufind/title-sort-mismatch', 0);
  });
});
