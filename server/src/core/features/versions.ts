import type { CodeLens, Location, Position } from 'vscode-languageserver-types';
import { type RecordDocument, recordAt } from '../model/document';
import type { CatalogRecord } from '../model/record';
import { spanContains } from '../model/span';
import { recordsInOrder } from '../parse/recordChunks';
import { Pace, type Steps, finished } from '../steps';
import { lineIndexOf, spanToRange } from '../text/positions';
import { type RecordWorkspace, type WorkspaceRecord, workKeyField } from '../workspace';

/** The command VS Code uses to show a list of locations (arguments: uri, position, locations). */
export const showReferencesCommand = 'editor.action.showReferences';

/** On each `work_keys_str_mv`: how many other records of the workspace share a work key, opening them on click. */
export function getCodeLenses(document: RecordDocument, uri: string, workspace: RecordWorkspace): CodeLens[] {
  return finished(codeLensesInSteps(document, uri, workspace, Infinity));
}

/** `getCodeLenses`, `recordsPerStep` records at a time: a 50,000-record file takes half a second. */
export function* codeLensesInSteps(document: RecordDocument, uri: string, workspace: RecordWorkspace, recordsPerStep: number): Steps<CodeLens[]> {
  const index = lineIndexOf(document);
  const lenses: CodeLens[] = [];
  const pace = new Pace(recordsPerStep);
  for (const record of recordsInOrder(document)) {
    if (pace.counted()) yield;
    const field = record.fields.find((candidate) => candidate.name === workKeyField);
    if (!field) continue;
    const range = spanToRange(index, field.nameSpan);
    const keys = record.fields.filter((candidate) => candidate.name === workKeyField).flatMap((f) => f.values.map((value) => value.text));
    const others = otherVersions(workspace, uri, record, keys);
    const title = others.length === 0 ? 'no other versions in the workspace'
      : `${others.length} other version${others.length === 1 ? '' : 's'}`;
    const locations: Location[] = others.map((other) => ({ uri: other.uri, range: other.selectionRange }));
    lenses.push({
      range,
      command: others.length === 0 ? { title, command: '' } : { title, command: showReferencesCommand, arguments: [uri, range.start, locations] },
    });
  }
  return lenses;
}

/**
 * References of a work key: on a value, the work-key values of every record holding that key;
 * on the field name, the records sharing any of the record's keys.
 */
export function getReferences(
  document: RecordDocument, uri: string, position: Position, workspace: RecordWorkspace, includeDeclaration: boolean,
): Location[] {
  const index = lineIndexOf(document);
  const offset = index.offsetAt(position);
  const record = recordAt(document, offset);
  const fields = record?.fields.filter((field) => field.name === workKeyField) ?? [];
  const onName = fields.some((field) => spanContains(field.nameSpan, offset));
  const onValue = fields.flatMap((field) => field.values).find((value) => spanContains(value.span, offset));
  if (!record || (!onName && !onValue)) return [];
  const keys = onValue ? [onValue.text] : fields.flatMap((field) => field.values.map((value) => value.text));
  const locations: Location[] = [];
  for (const key of new Set(keys)) {
    for (const holder of workspace.recordsWithWorkKey(key)) {
      const self = isSame(holder, uri, record);
      if (self && !includeDeclaration) continue;
      for (const workKey of holder.workKeys) if (workKey.key === key) locations.push({ uri: holder.uri, range: workKey.range });
    }
  }
  return dedupe(locations);
}

function otherVersions(workspace: RecordWorkspace, uri: string, record: CatalogRecord, keys: readonly string[]): WorkspaceRecord[] {
  const found = new Map<string, WorkspaceRecord>();
  for (const key of keys) {
    for (const holder of workspace.recordsWithWorkKey(key)) {
      if (!isSame(holder, uri, record)) found.set(`${holder.uri}#${holder.index}`, holder);
    }
  }
  return [...found.values()];
}

function isSame(holder: WorkspaceRecord, uri: string, record: CatalogRecord): boolean {
  return holder.uri === uri && holder.index === record.index;
}

function dedupe(locations: readonly Location[]): Location[] {
  const seen = new Set<string>();
  return locations.filter((location) => {
    const key = JSON.stringify(location);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
