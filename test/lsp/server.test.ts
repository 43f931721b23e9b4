import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { CancellationTokenSource, type CodeAction, CodeActionTriggerKind, type Diagnostic, type DocumentDiagnosticReport, type TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type LspClient, repoRoot, serverBundle, startLspClient } from '../helpers/lspClient';
import { existsSync } from 'node:fs';

const exampleText = readFileSync(path.join(repoRoot, 'examples/doaj-article.record'), 'utf8');
const uri = 'file:///workspace/doaj-article.record';
const expectedTitleSort = 'back to basics facilitating the recognition of micro credentials in ontario pse';

let client: LspClient | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
});

beforeAll(() => {
  if (!existsSync(serverBundle)) throw new Error('dist/server.js is missing: run `node esbuild.mjs` (npm test does).');
});

function open(c: LspClient, text: string, version = 1): Promise<void> {
  return c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'vufind-record', version, text } });
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'vufind-record', 1, text), edits);
}

async function codeActions(c: LspClient, diagnostics: Diagnostic[], only?: string[], triggerKind?: CodeActionTriggerKind): Promise<CodeAction[]> {
  return c.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri }, range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics, ...(only ? { only } : {}), ...(triggerKind ? { triggerKind } : {}) },
  });
}

describe('language server over stdio (push diagnostics)', () => {
  test('the example gets exactly the two unindented-value warnings, and the fix indents', async () => {
    client = await startLspClient({});
    const published = client.nextDiagnostics(uri);
    await open(client, exampleText);
    const diagnostics = await published;
    const warningsAndErrors = diagnostics.filter((d) => d.severity === 1 || d.severity === 2);
    expect(warningsAndErrors.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line])).toEqual([
      ['record/unindented-value', 17, 0, 17],
      ['record/unindented-value', 18, 0, 18],
    ]);
    expect(warningsAndErrors[0]).toMatchObject({
      source: 'catalog-records',
      codeDescription: { href: expect.stringMatching(/docs\/rules\/record\/unindented-value\.md$/) },
    });

    // The other findings are infos: Solr-managed fields and a full-date publishDate.
    expect(new Set(diagnostics.filter((d) => d.severity === 3).map((d) => d.code))).toEqual(new Set(['vufind/solr-managed-field', 'vufind/publish-date-not-year']));
    const [action] = await codeActions(client, [warningsAndErrors[0]!]);
    expect(action!.title).toBe('Indent the value');
    const fixed = applyEdits(exampleText, action!.edit!.changes![uri]!);
    expect(fixed.split('\n')[17]).toBe('  Back to Basics: Facilitating the Recognition of Micro-Credentials in Ontario PSE');
    expect(fixed.replace('\n  Back', '\nBack')).toBe(exampleText);
  });

  test('a wrong title_sort is reported with found and expected, and its fix writes the expected key', async () => {
    client = await startLspClient({});
    const wrong = exampleText.replace(`title_sort ${expectedTitleSort}`, 'title_sort Back to Basics');
    const published = client.nextDiagnostics(uri);
    await open(client, wrong);
    const mismatch = (await published).filter((d) => d.code === 'vufind/title-sort-mismatch');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]!.message).toBe(`title_sort is "Back to Basics", but VuFind computes "${expectedTitleSort}" from the title.`);
    const [action] = await codeActions(client, mismatch);
    expect(applyEdits(wrong, action!.edit!.changes![uri]!)).toBe(exampleText);
  });

  test('edits are synced incrementally and diagnostics follow', async () => {
    client = await startLspClient({});
    const first = client.nextDiagnostics(uri);
    await open(client, exampleText);
    await first;
    const line = exampleText.split('\n').findIndex((l) => l.startsWith('title_sort '));
    const updated = client.nextDiagnostics(uri, (ds) => ds.some((d) => d.code === 'vufind/title-sort-mismatch'));
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character: 11 }, end: { line, character: 15 } }, text: 'front' }],
    });
    const diagnostics = await updated;
    expect(diagnostics.find((d) => d.code === 'vufind/title-sort-mismatch')!.message).toContain('"front to basics');
  });

  test('fix-all applies every safe fix at once', async () => {
    client = await startLspClient({});
    const wrong = exampleText.replace(`title_sort ${expectedTitleSort}`, 'title_sort x');
    const published = client.nextDiagnostics(uri);
    await open(client, wrong);
    await published;
    const actions = await codeActions(client, [], ['source.fixAll']);
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.catalog-records']);
    const fixed = applyEdits(wrong, actions[0]!.edit!.changes![uri]!);
    expect(fixed).toContain(`title_sort ${expectedTitleSort}`);
    expect(fixed).toContain('\n  Back to Basics: Facilitating');
    expect(fixed).toContain('\n  Journal of Innovation');
  });

  test('fix-all is left out of the requests the editor makes by itself as the cursor moves, unless they name it', async () => {
    client = await startLspClient({});
    const wrong = exampleText.replace(`title_sort ${expectedTitleSort}`, 'title_sort x');
    const published = client.nextDiagnostics(uri);
    await open(client, wrong);
    const diagnostics = (await published).filter((diagnostic) => diagnostic.code === 'vufind/title-sort-mismatch');
    const started = client;
    const kinds = async (only: string[] | undefined, trigger: CodeActionTriggerKind) =>
      (await codeActions(started, diagnostics, only, trigger)).map((action) => action.kind);
    // As the cursor moves (VS Code's light bulb): quick fixes only, fix-all rewrites the whole file.
    expect(await kinds(undefined, CodeActionTriggerKind.Automatic)).toEqual(['quickfix']);
    // Asked for everything (Neovim's code_action()), and on save with source.fixAll named.
    expect(await kinds(undefined, CodeActionTriggerKind.Invoked)).toEqual(['quickfix', 'source.fixAll.catalog-records']);
    expect(await kinds(['source.fixAll'], CodeActionTriggerKind.Automatic)).toEqual(['source.fixAll.catalog-records']);
  });
});

test('folding ranges stop at the range limit the client declares', async () => {
  client = await startLspClient({ textDocument: { foldingRange: { rangeLimit: 1 } } });
  await open(client, 'id r1\ntopic a\n  b\n\nid r2\ntitle T\n');
  const ranges = await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
  expect(ranges).toEqual([{ startLine: 0, endLine: 2, kind: 'region' }]);
});

describe('language server over stdio (pull diagnostics and configuration)', () => {
  const pullCapabilities = { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true } };

  test('answers textDocument/diagnostic and honours catalogRecords.rules', async () => {
    client = await startLspClient(pullCapabilities);
    await open(client, exampleText);
    const pull = () => client!.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as Promise<DocumentDiagnosticReport>;
    const before = await pull();
    expect(before.kind).toBe('full');
    expect((before as { items: Diagnostic[] }).items.filter((d) => d.code === 'record/unindented-value')).toHaveLength(2);

    client.configuration = { rules: { 'record/unindented-value': 'error', 'vufind/title-sort-mismatch': 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const after = (await pull()) as { items: Diagnostic[] };
    expect(after.items.filter((d) => d.code === 'record/unindented-value').map((d) => d.severity)).toEqual([1, 1]);

    client.configuration = { rules: { 'record/unindented-value': 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    expect(((await pull()) as { items: Diagnostic[] }).items.filter((d) => d.code === 'record/unindented-value')).toEqual([]);
  });

  test('the outline of a big document is made in steps: a keystroke\'s diagnostics are answered first; a cancelled request stops', async () => {
    client = await startLspClient(pullCapabilities);
    const big = Array.from({ length: 20_000 }, (_, i) => `id r${i}\ntitle T${i}`).join('\n\n');
    await open(client, big);
    const answered: string[] = [];
    const outline = client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })
      .then((symbols) => { answered.push('outline'); return symbols as unknown[]; });
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 1, character: 7 }, end: { line: 1, character: 7 } }, text: 'x' }],
    });
    const report = client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }).then(() => answered.push('diagnostics'));
    const [symbols] = await Promise.all([outline, report]);
    expect(answered).toEqual(['diagnostics', 'outline']);
    expect(symbols).toHaveLength(20_000);

    const cancel = new CancellationTokenSource();
    const cancelled = client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }, cancel.token);
    cancel.cancel();
    expect(await cancelled).toEqual([]);
  });

  test('catalogRecords.maxDiagnostics: errors first, then the infos nearest the last edit, and a note with the total', async () => {
    client = await startLspClient(pullCapabilities);
    // 30 records with 2 Solr-managed-field infos each, and one unknown field (an error) in the first record.
    const records = Array.from({ length: 30 }, (_, i) => `id r${i}\ntitle T${i}\ntitle_sort t${i}\nspelling T${i}\n_version_ 1${i}\n`);
    const text = records.join('\n').replace('title T0\n', 'title T0\nno_such_field x\n');
    await open(client, text);
    client.configuration = { maxDiagnostics: 6 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const pull = async () => ((await client!.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] }).items;
    const atOpen = await pull();
    expect(atOpen).toHaveLength(6);
    expect(atOpen.filter((d) => d.code === 'vufind/unknown-field')).toHaveLength(1);
    // Before any edit the focus is the start of the file: the first records' infos.
    expect(atOpen.filter((d) => d.code === 'vufind/solr-managed-field').map((d) => d.range.start.line)).toEqual([4, 5, 10, 11]);
    expect(atOpen.at(-1)!.message).toMatch(/^Showing 5 of 61 findings in this file/);
    expect(atOpen.at(-1)!.code).toBeUndefined();

    // Typing in the last record (its id, line 175) moves the focus there: the infos of the last two records.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 175, character: 4 }, end: { line: 175, character: 4 } }, text: 'x' }],
    });
    const afterEdit = await pull();
    expect(afterEdit.filter((d) => d.code === 'vufind/unknown-field')).toHaveLength(1);
    expect(afterEdit.filter((d) => d.code === 'vufind/solr-managed-field').map((d) => d.range.start.line)).toEqual([172, 173, 178, 179]);

    client.configuration = { maxDiagnostics: 0 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    expect(await pull()).toHaveLength(61);
  });

  test('a suppression comment silences the next line', async () => {
    client = await startLspClient(pullCapabilities);
    const text = exampleText.replace('\nBack to Basics', '\n# catalog-records-disable-next-line record/unindented-value\nBack to Basics');
    await open(client, text);
    const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
    expect(report.items.filter((d) => d.code === 'record/unindented-value').map((d) => d.range.start.line)).toEqual([19]);
  });
});

describe('language server over stdio (conversions)', () => {
  test('catalogRecords/convert gives Solr JSON, XML and the prepared update payload of the open document', async () => {
    client = await startLspClient({});
    await open(client, exampleText);
    const convert = (target: string, keepVersion?: boolean) =>
      client!.connection.sendRequest('catalogRecords/convert', { uri, target, keepVersion }) as Promise<{ text: string; languageId: string; problems: string[] }>;
    const json = await convert('json');
    expect(json.languageId).toBe('json');
    const [doc] = JSON.parse(json.text) as Array<Record<string, unknown>>;
    expect(doc).toMatchObject({ id: 'doaj-art-8331ad729e7842cfa0d1c85fee3af356', format: ['Article'] });
    expect(json.text).toContain('"_version_": 1849690312389165056');
    expect((await convert('xml')).text).toContain('<field name="title_sort">back to basics facilitating the recognition of micro credentials in ontario pse</field>');
    const prepared = JSON.parse((await convert('prepare')).text) as Array<Record<string, unknown>>;
    expect(Object.keys(prepared[0]!)).not.toEqual(expect.arrayContaining(['_version_']));
    expect(Object.keys(prepared[0]!).filter((name) => ['spelling', 'spellingShingle', 'author_facet', 'title_fullStr', 'title_full_unstemmed'].includes(name))).toEqual([]);
    expect((await convert('prepare', true)).text).toContain('"_version_": 1849690312389165056');
    const record = await convert('record');
    expect(record.languageId).toBe('vufind-record');
    expect(record.text).toContain('spellingShingle Roger Pizarro Milian\n  Back to Basics');
  });
});
