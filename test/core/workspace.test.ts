import { describe, expect, test } from 'vitest';
import { serviceWith } from '../helpers/editing';
import { lines } from '../helpers/markers';
import { parseRecordTextByChunks } from '../../server/src/core/parse/recordChunks';
import { BlockText } from '../../server/src/core/text/blockText';

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

  test('an editor\'s document, read chunk by chunk after an edit, is indexed as its plain parse is', () => {
    const { service, workspace } = serviceWith();
    const text = Array.from({ length: 12 }, (_, i) => lines(`id r${i}`, `title T${i}`, `work_keys_str_mv AT k${i % 3}`)).join('\n\n');
    const at = text.indexOf('id r5');
    const inserted = 'id new\ntitle New\n\n';
    const before = parseRecordTextByChunks(BlockText.of(text, 16), service.schema, undefined, 2);
    const edited = parseRecordTextByChunks(BlockText.of(text, 16).edited(at, at, inserted), service.schema,
      { document: before, edit: { start: at, oldEnd: at, newEnd: at + inserted.length } });
    workspace.setDocument('file:///chunks.record', edited);
    const byChunks = [...workspace.records()];
    workspace.setDocument('file:///chunks.record', service.parse(text.slice(0, at) + inserted + text.slice(at)));
    expect(byChunks).toEqual([...workspace.records()]);
    expect(byChunks.map((record) => record.id).slice(4, 7)).toEqual(['r4', 'new', 'r5']);
  });
});
