import { describe, expect, test } from 'vitest';
import { WorkspaceRecordIndex, createCatalogService, defaultSettings } from '../../../../server/src/core/index';
import { checkDocument } from '../../../../server/src/core/features/check';
import type { RecordLocation, WorkspaceRecords } from '../../../../server/src/core/rules/rule';
import { rule } from '../../../../server/src/core/rules/vufind/duplicate-id';
import { lines } from '../../../helpers/markers';
import { ruleTester } from '../../../helpers/ruleTester';

/** The workspace index as a plain map: id → where else it occurs. */
class InMemoryWorkspace implements WorkspaceRecords {
  constructor(readonly others: Readonly<Record<string, readonly RecordLocation[]>>) {}
  otherRecordsWithId(id: string): readonly RecordLocation[] {
    return this.others[id] ?? [];
  }
  idsElsewhere(): ReadonlySet<string> {
    return new Set(Object.keys(this.others).filter((id) => this.others[id]!.length > 0));
  }
}

describe('vufind/duplicate-id', () => {
  ruleTester(rule, {
    valid: [
      lines('id a', 'title T', '', 'id b', 'title U'),
      // Ids are case-sensitive strings in Solr.
      lines('id a', '', 'id A'),
    ],
    invalid: [
      { code: lines('id a', '', 'id ⟦a⟧'), messages: ['The id "a" is already used by the record on line 1: Solr keeps only the document indexed last'] },
      { code: lines('id a', '', 'id ⟦a⟧', '', 'id ⟦a⟧') },
    ],
  });

  const service = createCatalogService();
  const check = (text: string, workspace: WorkspaceRecords) =>
    checkDocument(service.parse(text), { schema: service.schema, settings: defaultSettings, rules: [rule], workspace }).findings;

  test('reports an id that other workspace files use, once per id, with their places', () => {
    const workspace = new InMemoryWorkspace({ a: [{ uri: 'file:///w/other.record', line: 4 }] });
    const found = check(lines('id a', '', 'id a', '', 'id b'), workspace);
    expect(found.map((finding) => [finding.span, finding.message])).toEqual([
      [{ start: 3, end: 4 }, 'The id "a" is also used in file:///w/other.record:5: in one Solr core only the document indexed last survives.'],
      [{ start: 9, end: 10 }, 'The id "a" is already used by the record on line 1: Solr keeps only the document indexed last, replacing the other.'],
    ]);
  });

  test('names three places and counts the rest', () => {
    const places = [1, 2, 3, 4, 5].map((line) => ({ uri: `file:///w/${line}.record`, line }));
    const [finding] = check('id a', new InMemoryWorkspace({ a: places }));
    expect(finding?.message).toContain('file:///w/1.record:2, file:///w/2.record:3, file:///w/3.record:4 and 2 more');
  });

  test('without a workspace only the document counts', () => {
    expect(check('id a', new InMemoryWorkspace({}))).toEqual([]);
  });
});

test('the catalog service hands the rules the workspace minus the document being checked', () => {
  const workspace = new WorkspaceRecordIndex();
  const other = createCatalogService();
  workspace.setDocument('file:///w/b.record', other.parse('title x\nid a'));
  workspace.setDocument('file:///w/self.record', other.parse('id a'));
  const service = createCatalogService({ workspace });
  const { findings } = service.check(service.parse('id a'), defaultSettings, 'file:///w/self.record');
  expect(findings.filter((finding) => finding.ruleId === 'vufind/duplicate-id').map((finding) => finding.message))
    .toEqual([expect.stringContaining('file:///w/b.record:2')]);
  expect(service.check(service.parse('id a'), defaultSettings).findings.filter((finding) => finding.ruleId === 'vufind/duplicate-id')).toEqual([]);
});
