import { describe, expect, test } from 'vitest';
import { serviceWith } from '../helpers/editing';
import { lines } from '../helpers/markers';

describe('WorkspaceRecordIndex', () => {
  test('records by id, other records with an id, by work key and values per field', () => {
    const { workspace } = serviceWith({
      'file:///a.record': lines('id x', 'collection DOAJ', 'work_keys_str_mv AT a b', '', 'id y', 'collection DOAJ'),
      'file:///b.record': lines('id x', 'collection Local', 'work_keys_str_mv AT a b'),
    });
    expect(workspace.recordsWithId('x').map((record) => record.uri)).toEqual(['file:///a.record', 'file:///b.record']);
    expect(workspace.otherRecordsWithId('x', 'file:///a.record').map((record) => record.uri)).toEqual(['file:///b.record']);
    expect([...workspace.idsOutside('file:///a.record')]).toEqual(['x']);
    expect([...workspace.idsOutside('file:///b.record')]).toEqual(['x', 'y']);
    expect(workspace.recordsWithWorkKey('AT a b').map((record) => record.id)).toEqual(['x', 'x']);
    // A value counts once per file: DOAJ and Local tie, then sort by name.
    expect(workspace.valuesOf('collection')).toEqual(['DOAJ', 'Local']);
    expect([...workspace.records()].map((record) => [record.id, record.index])).toEqual([['x', 0], ['y', 1], ['x', 0]]);
  });

  test('replacing and deleting a document updates every lookup', () => {
    const { service, workspace } = serviceWith({ 'file:///a.record': lines('id x', 'collection DOAJ', 'work_keys_str_mv K') });
    expect([...workspace.idsOutside('file:///b.record')]).toEqual(['x']);
    workspace.setDocument('file:///a.record', service.parse(lines('id z', 'collection Other')));
    expect([...workspace.idsOutside('file:///b.record')]).toEqual(['z']);
    expect(workspace.recordsWithId('x')).toEqual([]);
    expect(workspace.recordsWithWorkKey('K')).toEqual([]);
    expect(workspace.valuesOf('collection')).toEqual(['Other']);
    workspace.deleteDocument('file:///a.record');
    expect([...workspace.idsOutside('file:///b.record')]).toEqual([]);
    expect([...workspace.records()]).toEqual([]);
    expect(workspace.valuesOf('collection')).toEqual([]);
    expect(workspace.size).toBe(0);
  });
});
