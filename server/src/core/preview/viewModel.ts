import type { Finding } from '../features/check';
import type { CatalogRecord, Field, FieldValue } from '../model/record';
import { type Span, spansOverlap } from '../model/span';
import type { Severity } from '../rules/rule';
import {
  type AuthorGroupSpec, type RowSpec, type ValueSource, authorGroups, coreRowSpecs, descriptionRowSpecs,
  headingFallbackField, headingFields, summaryField, summaryMaxLength, truncationMark,
} from './displaySpecs';
import { safeLinkTarget } from './escape';

/** One displayed value; `href` only for a URL with a safe scheme. */
export interface PreviewValue {
  readonly text: string;
  readonly href?: string;
  /** Where the value is written (the first source value when it was assembled from several). */
  readonly span: Span;
}

export interface PreviewDiagnostic {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
}

export interface PreviewRow {
  readonly label: string;
  readonly values: readonly PreviewValue[];
  /** The fields the row came from, each from its name to its last value. */
  readonly sources: readonly Span[];
  /** The record's findings that fall inside one of `sources`. */
  readonly diagnostics: readonly PreviewDiagnostic[];
}

export interface PreviewSummary {
  /** The first description, cut at 300 characters with "..." as VuFind does. */
  readonly shortText: string;
  readonly truncated: boolean;
  readonly row: PreviewRow;
}

/** The record as VuFind's record page shows it, plus the source spans and findings behind each row. */
export interface PreviewModel {
  /** Position of the record in its document, from 0, and how many records the document has. */
  readonly recordIndex: number;
  readonly recordCount: number;
  readonly heading: PreviewRow;
  readonly summary?: PreviewSummary;
  /** "Bibliographic Details": VuFind's core rows, empty ones omitted. */
  readonly details: readonly PreviewRow[];
  /** The description tab's rows, empty ones omitted. */
  readonly description: readonly PreviewRow[];
  /** Every field with every value, names in byte order (PHP ksort). */
  readonly staff: readonly PreviewRow[];
  /** Findings of the record that no row covers (shown above the page). */
  readonly otherDiagnostics: readonly PreviewDiagnostic[];
}

export interface PreviewInput {
  readonly record: CatalogRecord;
  /** Findings of this record, as `checkDocument` returns them. */
  readonly findings: readonly Finding[];
  readonly recordCount: number;
}

/** Builds the preview of one record; pure, so the same model serves the webview and `catrec render`. */
export function buildPreviewModel({ record, findings, recordCount }: PreviewInput): PreviewModel {
  const diagnostics = findings.map(toPreviewDiagnostic);
  const row = (label: string, parts: readonly Part[], fields: readonly Field[] = []): PreviewRow =>
    makeRow(label, parts, fields, diagnostics);
  const heading = row('Title', headingParts(record));
  const summary = summaryOf(record, row);
  const details = coreRowSpecs.flatMap((spec) =>
    'authors' in spec ? authorRows(record).map(({ label, parts }) => row(label, parts)) : [row(spec.label, partsOf(record, spec))]);
  const description = descriptionRowSpecs.map((spec) => row(spec.label, partsOf(record, spec)));
  const staff = staffFields(record).map(({ name, parts, fields }) => row(name, parts, fields));
  const shown = [heading, ...(summary ? [summary.row] : []), ...details, ...description, ...staff];
  const otherDiagnostics = diagnostics.filter((diagnostic) => !shown.some((r) => r.diagnostics.includes(diagnostic)));
  return {
    recordIndex: record.index,
    recordCount,
    heading,
    ...(summary ? { summary } : {}),
    details: details.filter(hasValues),
    description: description.filter(hasValues),
    staff,
    otherDiagnostics,
  };
}

/** A value on its way into a row, with the field(s) it came from. */
interface Part {
  readonly text: string;
  readonly href?: string;
  readonly span: Span;
  readonly fields: readonly Field[];
}

function makeRow(
  label: string, parts: readonly Part[], fields: readonly Field[], diagnostics: readonly PreviewDiagnostic[],
): PreviewRow {
  const sources = uniqueSpans([...fields, ...parts.flatMap((part) => part.fields)].map(fieldExtent));
  return {
    label,
    values: parts.map(({ text, href, span }) => (href === undefined ? { text, span } : { text, href, span })),
    sources,
    diagnostics: diagnostics.filter((diagnostic) => sources.some((source) => covers(source, diagnostic.span))),
  };
}

function hasValues(row: PreviewRow): boolean {
  return row.values.length > 0;
}

function toPreviewDiagnostic(finding: Finding): PreviewDiagnostic {
  return { ruleId: finding.ruleId, severity: finding.severity, message: finding.message, span: finding.span };
}

/** A field from the start of its name to the end of its last value (no line break), what a click selects. */
function fieldExtent(field: Field): Span {
  const end = Math.max(field.nameSpan.end, ...field.values.map((value) => value.span.end));
  return { start: field.nameSpan.start, end };
}

function covers(source: Span, target: Span): boolean {
  if (target.start === target.end) return target.start >= source.start && target.start <= source.end;
  return spansOverlap(source, target);
}

function uniqueSpans(spans: readonly Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((span) => {
    const key = `${span.start}:${span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort((a, b) => a.start - b.start);
}

/** The non-empty values of a field name, each with the field line it sits in. */
function valuesWithField(record: CatalogRecord, name: string): { value: FieldValue; field: Field }[] {
  return record.fields
    .filter((field) => field.name === name)
    .flatMap((field) => field.values.map((value) => ({ value, field })))
    .filter(({ value }) => value.text.trim() !== '');
}

function partOf({ value, field }: { value: FieldValue; field: Field }, links = false): Part {
  const href = links ? safeLinkTarget(value.text) : undefined;
  return { text: value.text, span: value.span, fields: [field], ...(href === undefined ? {} : { href }) };
}

function partsOf(record: CatalogRecord, spec: RowSpec): Part[] {
  return sourceValues(record, spec.source).map((group) => {
    if (group.length === 1) return partOf(group[0]!, spec.links);
    return {
      text: group.map(({ value }) => value.text).join(' '),
      span: group[0]!.value.span,
      fields: group.map(({ field }) => field),
    };
  });
}

/** The values a row shows, each as the one or more source values it joins. */
function sourceValues(record: CatalogRecord, source: ValueSource): { value: FieldValue; field: Field }[][] {
  switch (source.kind) {
    case 'all':
      return source.fields.flatMap((name) => valuesWithField(record, name)).map((entry) => [entry]);
    case 'first':
      return valuesWithField(record, source.field).slice(0, 1).map((entry) => [entry]);
    case 'firstNonEmpty': {
      const values = source.fields.map((name) => valuesWithField(record, name)).find((list) => list.length > 0) ?? [];
      return values.map((entry) => [entry]);
    }
    case 'zip': {
      const columns = source.fields.map((name) => valuesWithField(record, name));
      const length = Math.max(0, ...columns.map((column) => column.length));
      return Array.from({ length }, (_, index) => columns.flatMap((column) => column[index] ?? []));
    }
  }
}

function headingParts(record: CatalogRecord): Part[] {
  const parts = headingFields.flatMap((name) => valuesWithField(record, name).slice(0, 1));
  const chosen = parts.length > 0 ? parts : valuesWithField(record, headingFallbackField).slice(0, 1);
  if (chosen.length === 0) return [];
  return [{
    text: chosen.map(({ value }) => value.text.trim()).join(' '),
    span: chosen[0]!.value.span,
    fields: chosen.map(({ field }) => field),
  }];
}

function summaryOf(record: CatalogRecord, row: (label: string, parts: readonly Part[]) => PreviewRow): PreviewSummary | undefined {
  const first = valuesWithField(record, summaryField)[0];
  if (!first) return undefined;
  // Code points, not UTF-16 units, so a cut never splits a surrogate pair (PHP's mb_substr counts the same way).
  const characters = Array.from(first.value.text);
  const truncated = characters.length > summaryMaxLength;
  const shortText = truncated ? characters.slice(0, summaryMaxLength).join('') + truncationMark : first.value.text;
  return { shortText, truncated, row: row('Summary', [partOf(first)]) };
}

interface AuthorEntry {
  readonly name: string;
  readonly roles: string[];
  readonly parts: Part[];
}

/** Main, corporate and other authors; a name shown in an earlier group (or twice in one) is merged, its roles kept. */
function authorRows(record: CatalogRecord): { label: string; parts: Part[] }[] {
  const byName = new Map<string, AuthorEntry>();
  const groups = authorGroups.map((group) => ({ group, entries: [] as AuthorEntry[] }));
  for (const { group, entries } of groups) {
    const roles = valuesWithField(record, group.roleField);
    valuesWithField(record, group.field).forEach((entry, index) => {
      const name = entry.value.text.trim();
      const role = roles[index]?.value.text.trim();
      const existing = byName.get(name);
      const target = existing ?? { name, roles: [], parts: [] };
      target.parts.push(partOf(entry));
      if (role && !target.roles.includes(role)) {
        target.roles.push(role);
        target.parts.push(partOf(roles[index]!));
      }
      if (!existing) {
        byName.set(name, target);
        entries.push(target);
      }
    });
  }
  return groups.filter(({ entries }) => entries.length > 0).map(({ group, entries }) => ({
    label: labelFor(group, entries.length),
    parts: entries.map(authorPart),
  }));
}

function labelFor(group: AuthorGroupSpec, count: number): string {
  return count === 1 ? group.singular : group.plural;
}

function authorPart(entry: AuthorEntry): Part {
  const roles = entry.roles.length > 0 ? ` (${entry.roles.join(', ')})` : '';
  return { text: entry.name + roles, span: entry.parts[0]!.span, fields: entry.parts.flatMap((part) => part.fields) };
}

/** Field names grouped, in byte order of their UTF-8 form as PHP's ksort orders them. */
function staffFields(record: CatalogRecord): { name: string; parts: Part[]; fields: Field[] }[] {
  const names = [...new Set(record.fields.map((field) => field.name))].sort(compareCodePoints);
  return names.map((name) => {
    const fields = record.fields.filter((field) => field.name === name);
    return { name, fields, parts: fields.flatMap((field) => field.values.map((value) => partOf({ value, field }))) };
  });
}

/** UTF-8 byte order equals code point order; plain `<` on strings compares UTF-16 units, which differs above U+FFFF. */
export function compareCodePoints(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const difference = left[index]!.codePointAt(0)! - right[index]!.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}
