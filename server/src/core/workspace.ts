import type { Range } from 'vscode-languageserver-types';
import type { RecordDocument } from './model/document';
import { firstValue, valuesOf } from './model/record';
import { recordsInOrder } from './parse/recordChunks';
import { Pace } from './steps';
import { lineIndexOf, spanToRange } from './text/positions';

/** One record of a workspace file, as the cross-file features need it. */
export interface WorkspaceRecord {
  readonly uri: string;
  /** Position of the record in its file. */
  readonly index: number;
  readonly id: string | undefined;
  readonly title: string | undefined;
  readonly range: Range;
  /** The id value when there is one, else the record's first line. */
  readonly selectionRange: Range;
  readonly workKeys: readonly { readonly key: string; readonly range: Range }[];
}

/**
 * What the core may ask about the other record files of the workspace. The LSP layer keeps it in sync
 * with the disk and the open documents; tests use an in-memory `WorkspaceRecordIndex`.
 */
export interface RecordWorkspace {
  records(): Iterable<WorkspaceRecord>;
  recordsWithId(id: string): readonly WorkspaceRecord[];
  /** Records with this id in files other than `exceptUri`: duplicates of the id across files. */
  otherRecordsWithId(id: string, exceptUri: string): readonly WorkspaceRecord[];
  /** The ids of the records in files other than `exceptUri`. */
  idsOutside(exceptUri: string): ReadonlySet<string>;
  recordsWithWorkKey(key: string): readonly WorkspaceRecord[];
  /** Distinct values of the field across the workspace, most frequent first. */
  valuesOf(fieldName: string): readonly string[];
}

/** Values longer than this are descriptions or full texts, never completion material. */
const maxIndexedValueLength = 200;
/** VuFind's Versions tab finds other versions of a work through records sharing a value of this field. */
export const workKeyField = 'work_keys_str_mv';

interface DocumentEntry {
  readonly records: readonly WorkspaceRecord[];
  readonly values: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A workspace built from parsed documents, one entry per URI; pure, so it serves tests and the server alike. */
export class WorkspaceRecordIndex implements RecordWorkspace {
  readonly #documents = new Map<string, DocumentEntry>();
  readonly #byId = new Map<string, WorkspaceRecord[]>();
  readonly #byWorkKey = new Map<string, WorkspaceRecord[]>();
  readonly #valueCounts = new Map<string, Map<string, number>>();
  /** `idsOutside` of the last URI asked about, until a document is set or deleted. */
  #idsOutside: { readonly uri: string; readonly ids: ReadonlySet<string> } | undefined;

  get size(): number {
    return this.#documents.size;
  }

  setDocument(uri: string, document: RecordDocument): void {
    const steps = this.settingDocument(uri, document);
    while (!steps.next().done);
  }

  /**
   * `setDocument` in steps, for a caller that lets other work run between them: describing 50k records takes
   * seconds. The index changes only at the last step, all at once; a caller that stops early changes nothing.
   */
  *settingDocument(uri: string, document: RecordDocument, recordsPerStep = Infinity): Generator<void, void> {
    const entry = yield* describeDocument(uri, document, recordsPerStep);
    this.deleteDocument(uri);
    this.#idsOutside = undefined;
    this.#documents.set(uri, entry);
    for (const record of entry.records) {
      if (record.id !== undefined) addTo(this.#byId, record.id, record);
      for (const key of new Set(record.workKeys.map((workKey) => workKey.key))) addTo(this.#byWorkKey, key, record);
    }
    for (const [field, values] of entry.values) {
      const counts = this.#valueCounts.get(field) ?? new Map<string, number>();
      for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
      this.#valueCounts.set(field, counts);
    }
  }

  deleteDocument(uri: string): void {
    const entry = this.#documents.get(uri);
    if (!entry) return;
    this.#documents.delete(uri);
    this.#idsOutside = undefined;
    for (const record of entry.records) {
      if (record.id !== undefined) removeFrom(this.#byId, record.id, uri);
      for (const workKey of record.workKeys) removeFrom(this.#byWorkKey, workKey.key, uri);
    }
    for (const [field, values] of entry.values) {
      const counts = this.#valueCounts.get(field)!;
      for (const value of values) {
        const left = counts.get(value)! - 1;
        if (left > 0) counts.set(value, left);
        else counts.delete(value);
      }
    }
  }

  *records(): Iterable<WorkspaceRecord> {
    for (const entry of this.#documents.values()) yield* entry.records;
  }

  recordsWithId(id: string): readonly WorkspaceRecord[] {
    return this.#byId.get(id) ?? [];
  }

  otherRecordsWithId(id: string, exceptUri: string): readonly WorkspaceRecord[] {
    return this.recordsWithId(id).filter((record) => record.uri !== exceptUri);
  }

  idsOutside(exceptUri: string): ReadonlySet<string> {
    if (this.#idsOutside?.uri !== exceptUri) {
      const ids = new Set<string>();
      for (const [id, records] of this.#byId) if (records.some((record) => record.uri !== exceptUri)) ids.add(id);
      this.#idsOutside = { uri: exceptUri, ids };
    }
    return this.#idsOutside.ids;
  }

  recordsWithWorkKey(key: string): readonly WorkspaceRecord[] {
    return this.#byWorkKey.get(key) ?? [];
  }

  valuesOf(fieldName: string): readonly string[] {
    const counts = this.#valueCounts.get(fieldName);
    if (!counts) return [];
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value]) => value);
  }
}

export const emptyWorkspace: RecordWorkspace = new WorkspaceRecordIndex();

function* describeDocument(uri: string, document: RecordDocument, recordsPerStep: number): Generator<void, DocumentEntry> {
  const index = lineIndexOf(document);
  // A value counts once per document, so one big file does not outvote the rest. (Sets from the start: making them
  // at the last step took one long step for a big document.)
  const values = new Map<string, Set<string>>();
  const records: WorkspaceRecord[] = [];
  // Chunk by chunk: assembling a big editor document's records first took one long step (~250 ms for 50k records).
  const pace = new Pace(recordsPerStep);
  for (const record of recordsInOrder(document)) {
    for (const field of record.fields) {
      let distinct = values.get(field.name);
      if (!distinct) {
        distinct = new Set();
        values.set(field.name, distinct);
      }
      for (const value of field.values) {
        const text = value.text;
        if (text !== '' && text.length <= maxIndexedValueLength) distinct.add(text);
      }
    }
    const id = firstValue(record, 'id');
    records.push({
      uri,
      index: record.index,
      id: id?.text,
      title: firstValue(record, 'title')?.text,
      range: spanToRange(index, record.span),
      selectionRange: spanToRange(index, id?.span ?? { start: record.span.start, end: record.span.start }),
      workKeys: valuesOf(record, workKeyField)
        .filter((value) => value.text !== '')
        .map((value) => ({ key: value.text, range: spanToRange(index, value.span) })),
    });
    if (pace.counted()) yield;
  }
  return { records, values };
}

function addTo(map: Map<string, WorkspaceRecord[]>, key: string, record: WorkspaceRecord): void {
  const list = map.get(key) ?? [];
  list.push(record);
  map.set(key, list);
}

function removeFrom(map: Map<string, WorkspaceRecord[]>, key: string, uri: string): void {
  const left = (map.get(key) ?? []).filter((record) => record.uri !== uri);
  if (left.length > 0) map.set(key, left);
  else map.delete(key);
}
