const assert = require('node:assert');
const vscode = require('vscode');
const { EXAMPLE, EXTENSION_ID, codeOf, openExampleCopy, waitFor, waitForDiagnostics } = require('./support');

describe('diagnostics', () => {
  let document;
  before(async () => {
    document = await openExampleCopy('diagnostics');
  });

  it('opens .record files as vufind-record and activates the extension', async () => {
    assert.strictEqual(document.languageId, 'vufind-record');
    await waitFor(`${EXTENSION_ID} to be active`, () => vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
  });

  it('reports exactly the two unindented spellingShingle values of the example, as warnings with rule ids', async () => {
    const found = await waitForDiagnostics(document, 'record/unindented-value', 2);
    // Nothing else is wrong with the example: the rest are infos (Solr-managed fields, a full-date publishDate).
    const serious = vscode.languages.getDiagnostics(document.uri)
      .filter((diagnostic) => diagnostic.severity <= vscode.DiagnosticSeverity.Warning);
    assert.deepStrictEqual(serious.map(codeOf), ['record/unindented-value', 'record/unindented-value']);
    const infos = new Set(vscode.languages.getDiagnostics(document.uri)
      .filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Information).map(codeOf));
    assert.deepStrictEqual([...infos].sort(), ['vufind/publish-date-not-year', 'vufind/solr-managed-field']);
    const sorted = [...found].sort((a, b) => a.range.start.line - b.range.start.line);
    assert.deepStrictEqual(sorted.map(({ range }) => [range.start.line, range.start.character, range.end.line, range.end.character]),
      [[17, 0, 17, 80], [18, 0, 18, 46]]);
    for (const diagnostic of sorted) {
      assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
      assert.strictEqual(diagnostic.source, 'catalog-records');
      assert.match(diagnostic.message, /one more value of "spellingShingle"/);
      assert.match(String(diagnostic.code.target), /docs\/rules\/record\/unindented-value\.md$/);
    }
  });
});

describe('workspace index', () => {
  it('reports vufind/duplicate-id when another file of the workspace has the same id', async () => {
    const document = await openExampleCopy('same-id', { keepId: true });
    const [duplicate] = await waitForDiagnostics(document, 'vufind/duplicate-id', 1);
    assert.strictEqual(document.getText(duplicate.range), 'doaj-art-8331ad729e7842cfa0d1c85fee3af356');
    // The place is the other file and a line number; which line (the record's first, or its id's) is not pinned here.
    assert.match(duplicate.message, new RegExp(`is also used in file://\\S*/${EXAMPLE}:\\d+: `));
    assert.strictEqual(duplicate.severity, vscode.DiagnosticSeverity.Error);
  });
});
