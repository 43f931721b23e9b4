import {
  type CompletionItem, CompletionItemKind, type CompletionList, InsertTextFormat, type Position, type Range,
} from 'vscode-languageserver-types';
import type { RecordDocument } from '../model/document';
import type { CatalogRecord, Field } from '../model/record';
import type { Span } from '../model/span';
import { dynamicFieldDocs, fieldDocs } from '../schema/fieldDocs';
import type { Schema } from '../schema/schema';
import type { DynamicFieldDefinition, FieldDefinition } from '../schema/types';
import { fieldVocabularies, formatValues, languageNames, workspaceValueFields } from '../schema/valueVocabularies';
import { lineIndexOf, spanToRange } from '../text/positions';
import type { RecordWorkspace } from '../workspace';
import { type CursorContext, cursorContext } from './cursorContext';
import { expectedValue } from './expectedValues';

export interface CompletionInput {
  readonly document: RecordDocument;
  readonly position: Position;
  readonly schema: Schema;
  readonly workspace: RecordWorkspace;
}

/** The fields of a new record, in the order the snippet writes them. */
const newRecordFields = [
  'id', 'title', 'title_short', 'title_full', 'title_sort', 'author', 'author_sort', 'format', 'language',
  'publishDate', 'publisher', 'url',
] as const;

/** Sort groups: computed values first, Solr-managed and already-set fields last. */
const rank = { expected: '0', newRecord: '0', field: '1', dynamic: '2', vocabulary: '3', workspace: '4', solrManaged: '5', alreadySet: '6' };

export function getCompletions(input: CompletionInput): CompletionList {
  const index = lineIndexOf(input.document);
  const context = cursorContext(input.document, index.offsetAt(input.position));
  const range = (span: Span): Range => spanToRange(index, span);
  switch (context.kind) {
    case 'fieldName':
      return { isIncomplete: false, items: fieldNameItems(input.schema, context, range(context.span)) };
    case 'value':
      return { isIncomplete: false, items: valueItems(input, context, range(context.span)) };
    case 'none':
      return { isIncomplete: false, items: [] };
  }
}

function fieldNameItems(schema: Schema, context: Extract<CursorContext, { kind: 'fieldName' }>, range: Range): CompletionItem[] {
  const present = new Set(context.record?.fields.filter((field) => field.nameSpan.start !== context.span.start).map((field) => field.name));
  const items = schema.data.fields.map((definition) => explicitFieldItem(schema, definition, present, range));
  items.push(...schema.data.dynamicFields.map((definition) => dynamicFieldItem(definition, context.typed, range)));
  if (context.atRecordStart) items.push(newRecordItem(range));
  return items;
}

function explicitFieldItem(schema: Schema, definition: FieldDefinition, present: ReadonlySet<string>, range: Range): CompletionItem {
  const managed = schema.isSolrManaged(definition.name);
  const alreadySet = !definition.multiValued && present.has(definition.name);
  const notes = [managed ? 'Solr-managed: Solr sets it, importers never send it.' : '', alreadySet ? 'Already set in this record (single-valued).' : '']
    .filter((note) => note !== '');
  return {
    label: definition.name,
    kind: CompletionItemKind.Field,
    detail: `${describeType(definition)}${managed ? ' · Solr-managed' : ''}`,
    documentation: [fieldDocs[definition.name]?.holds ?? '', ...notes].filter((line) => line !== '').join(' '),
    ...(alreadySet ? { labelDetails: { description: 'already set' } } : managed ? { labelDetails: { description: 'Solr-managed' } } : {}),
    sortText: `${alreadySet ? rank.alreadySet : managed ? rank.solrManaged : rank.field}_${definition.name}`,
    textEdit: { range, newText: definition.name },
  };
}

function dynamicFieldItem(definition: DynamicFieldDefinition, typed: string, range: Range): CompletionItem {
  const suffix = definition.pattern.slice(1);
  const stem = stemBefore(typed, suffix);
  return {
    label: definition.pattern,
    kind: CompletionItemKind.Snippet,
    detail: `${describeType(definition)} · dynamic field`,
    documentation: dynamicFieldDocs[definition.pattern] ?? '',
    filterText: `${stem}${suffix}`,
    sortText: `${rank.dynamic}_${definition.pattern}`,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: `\${1:${escapeSnippet(stem === '' ? 'name' : stem)}}${suffix}` },
  };
}

/** `doi_s` typed for `*_str_mv` → `doi`: the typed text without a started suffix. */
function stemBefore(typed: string, suffix: string): string {
  for (let cut = Math.min(typed.length, suffix.length); cut > 0; cut--) {
    if (suffix.startsWith(typed.slice(typed.length - cut))) return typed.slice(0, typed.length - cut);
  }
  return typed;
}

function newRecordItem(range: Range): CompletionItem {
  const placeholders: Record<(typeof newRecordFields)[number], string> = {
    id: '${1:id}',
    title: '${2:Title}',
    title_short: '${2}',
    title_full: '${2}',
    title_sort: '${3:title sort key}',
    author: '${4:Author}',
    author_sort: '${4}',
    format: choice(5, formatValues),
    language: choice(6, languageNames),
    publishDate: '${7:2025}',
    publisher: '${8:Publisher}',
    url: '${9:https://}',
  };
  return {
    label: 'new record',
    kind: CompletionItemKind.Snippet,
    detail: 'A record with the fields VuFind shows on the record page',
    documentation: `Inserts ${newRecordFields.join(', ')}.`,
    sortText: `${rank.newRecord}_new record`,
    filterText: 'new record',
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: newRecordFields.map((name) => `${name} ${placeholders[name]}`).join('\n') },
  };
}

function valueItems(input: CompletionInput, context: Extract<CursorContext, { kind: 'value' }>, range: Range): CompletionItem[] {
  const definition = input.schema.resolve(context.fieldName);
  if (!definition || context.fieldName === input.schema.uniqueKey) return [];
  const taken = new Set(otherValues(context.record, context.fieldName, context.span));
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const offer = (value: string, item: Omit<CompletionItem, 'label'>): void => {
    if (seen.has(value) || taken.has(value) || value === '') return;
    seen.add(value);
    items.push({ label: value, ...item, sortText: `${item.sortText}_${String(items.length).padStart(4, '0')}`, textEdit: item.textEdit ?? { range, newText: input.document.syntax.encodeValue(value) } });
  };
  const expected = context.record ? expectedValue(context.record, context.fieldName) : undefined;
  for (const value of expected?.values ?? []) {
    offer(value, { kind: CompletionItemKind.Value, detail: 'computed as VuFind does', documentation: expected!.steps.join('\n'), sortText: rank.expected, preselect: true });
  }
  for (const value of fieldVocabularies[context.fieldName] ?? []) {
    offer(value, { kind: CompletionItemKind.EnumMember, detail: `a ${context.fieldName} value VuFind uses`, sortText: rank.vocabulary });
  }
  if (workspaceValueFields.includes(context.fieldName)) {
    for (const value of input.workspace.valuesOf(context.fieldName)) {
      offer(value, { kind: CompletionItemKind.Value, detail: 'used in the workspace', sortText: rank.workspace });
    }
  }
  if (definition.type === 'boolean') {
    for (const value of ['true', 'false']) offer(value, { kind: CompletionItemKind.Value, detail: 'boolean', sortText: rank.vocabulary });
  }
  if (definition.type === 'date') {
    offer('YYYY-MM-DDThh:mm:ssZ', {
      kind: CompletionItemKind.Snippet, detail: 'ISO 8601 date, UTC', sortText: rank.vocabulary, insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: literalSnippet(input.document, '${1:2025}-${2:01}-${3:01}T${4:00}:${5:00}:${6:00}Z') },
    });
  }
  return items;
}

/** Values the record already holds in the field, except the one being edited. */
function otherValues(record: CatalogRecord | undefined, fieldName: string, editing: Span): string[] {
  const fields: Field[] = record?.fields.filter((field) => field.name === fieldName) ?? [];
  return fields.flatMap((field) => field.values).filter((value) => value.span.start !== editing.start).map((value) => value.text);
}

export function describeType(definition: Pick<FieldDefinition, 'type' | 'multiValued'>): string {
  return `${definition.type} · ${definition.multiValued ? 'multi-valued' : 'single-valued'}`;
}

/** A value snippet as the document's syntax writes a literal: JSON values carry their quotes. */
function literalSnippet(document: RecordDocument, snippet: string): string {
  return document.format === 'solr-json' || document.format === 'solr-jsonl' ? `"${snippet}"` : snippet;
}

function choice(tabStop: number, values: readonly string[]): string {
  return `\${${tabStop}|${values.map((value) => value.replace(/[\\,|$}]/g, (char) => `\\${char}`)).join(',')}|}`;
}

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (char) => `\\${char}`);
}
