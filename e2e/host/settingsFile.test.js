const assert = require('node:assert');
const vscode = require('vscode');
const { waitFor } = require('./support');

/** VS Code's own JSON support with the schema the extension contributes (package.json `jsonValidation`). */
describe('.catalog-records.json', () => {
  it('opens as JSON with comments, completes rule ids and flags what catrec would reject', async () => {
    const text = [
      '// shared by the team',
      '{',
      '  "rules": {',
      '    "record/whitespac": "error",',
      '    "vufind/title-sort-mismatch": "loud",',
      '    ',
      '  },',
      '}',
      '',
    ].join('\n');
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'scratch', 'settings-file', '.catalog-records.json');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.languageId, 'jsonc');

    const problems = await waitFor('the schema\'s two problems in .catalog-records.json', () => {
      const found = vscode.languages.getDiagnostics(uri);
      return found.length >= 2 ? found : undefined;
    });
    const lines = problems.map((problem) => problem.range.start.line).sort();
    // Line 4: the misspelt rule id; line 5: the unknown level. Not the comment, not the trailing commas.
    assert.deepStrictEqual(lines, [3, 4], JSON.stringify(problems.map((problem) => problem.message)));

    const completions = await waitFor('rule ids offered inside "rules"', async () => {
      const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, new vscode.Position(5, 4));
      const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
      return labels.some((label) => label.includes('record/whitespace')) ? labels : undefined;
    });
    assert.ok(completions.some((label) => label.includes('vufind/work-keys-mismatch')), completions.join(', '));
  });
});
