const assert = require('node:assert');
const vscode = require('vscode');
const { EXPECTED_TITLE_SORT, lineStartingWith, openExampleCopy, waitForDiagnostics } = require('./support');

/** Our completion items at `position`, in the order the editor shows them (sortText, then label). */
async function completionsAt(document, position) {
  const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, position);
  const labelOf = (item) => (typeof item.label === 'string' ? item.label : item.label.label);
  const keyOf = (item) => item.sortText ?? labelOf(item);
  return [...list.items].sort((a, b) => keyOf(a).localeCompare(keyOf(b))).map((item) => ({ ...item, label: labelOf(item) }));
}

describe('completion', () => {
  it('offers the schema field names at the start of an empty line', async () => {
    const document = await openExampleCopy('completion-names');
    await waitForDiagnostics(document, 'record/unindented-value', 2);
    const lastLine = document.lineCount - 1;
    assert.strictEqual(document.lineAt(lastLine).text, '', 'the example ends with a line break, so its last line is empty');
    const labels = (await completionsAt(document, new vscode.Position(lastLine, 0))).map((item) => item.label);
    for (const name of ['title_sort', 'author_sort', 'format', 'language', 'isbn', 'topic']) {
      assert.ok(labels.includes(name), `"${name}" among ${labels.length} items: ${JSON.stringify(labels.slice(0, 20))}…`);
    }
  });

  it('offers the key VuFind computes first on the title_sort value', async () => {
    const document = await openExampleCopy('completion-title-sort');
    await waitForDiagnostics(document, 'record/unindented-value', 2);
    const line = lineStartingWith(document, 'title_sort ');
    const items = await completionsAt(document, new vscode.Position(line.lineNumber, 'title_sort '.length));
    assert.ok(items.length > 0, 'completion items on the title_sort value');
    const [first] = items;
    assert.strictEqual(first.label, EXPECTED_TITLE_SORT);
    assert.strictEqual(first.detail, 'computed as VuFind does');
    assert.strictEqual(first.preselect, true);
    assert.match(String(first.documentation?.value ?? first.documentation),
      /punctuation and whitespace runs → one space: "back to basics facilitating/);
  });
});
