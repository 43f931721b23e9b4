const vscode = require('vscode');
const { openExampleCopy, waitForDiagnostics } = require('./support');

describe('settings', () => {
  const rules = () => vscode.workspace.getConfiguration('catalogRecords');

  after(async () => {
    await rules().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('catalogRecords.rules turns a rule off and on again without a restart', async () => {
    const document = await openExampleCopy('settings');
    await waitForDiagnostics(document, 'record/unindented-value', 2);
    await rules().update('rules', { 'record/unindented-value': 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document, 'record/unindented-value', 0);
    await rules().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document, 'record/unindented-value', 2);
  });
});
