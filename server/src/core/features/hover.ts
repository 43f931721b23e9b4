import { type Hover, MarkupKind, type Position } from 'vscode-languageserver-types';
import { type RecordDocument, recordAt } from '../model/document';
import type { CatalogRecord, Field, FieldValue } from '../model/record';
import { spanContains } from '../model/span';
import { decodeSolrVersion } from '../normalize/solrVersion';
import { allRules } from '../rules/index';
import { dynamicFieldDocs, fieldDocs } from '../schema/fieldDocs';
import type { Schema } from '../schema/schema';
import { lineIndexOf, spanToRange } from '../text/positions';
import { describeType } from './completion';
import { ruleDocUri } from './diagnostics';
import { expectedValue } from './expectedValues';

export interface HoverInput {
  readonly document: RecordDocument;
  readonly position: Position;
  readonly schema: Schema;
  readonly ruleDocsBase: string;
}

/** Hover on a field name (what the field is and where it comes from) or on a value VuFind computes. */
export function getHover(input: HoverInput): Hover | null {
  const index = lineIndexOf(input.document);
  const offset = index.offsetAt(input.position);
  const record = recordAt(input.document, offset);
  for (const field of record?.fields ?? []) {
    if (spanContains(field.nameSpan, offset)) return markdown(fieldHover(input, field.name, record!), spanToRange(index, field.nameSpan));
    const value = field.values.find((candidate) => spanContains(candidate.span, offset));
    if (value) {
      const contents = valueHover(record!, field, value);
      return contents ? markdown(contents, spanToRange(index, value.span)) : null;
    }
  }
  return null;
}

function fieldHover({ schema, ruleDocsBase }: HoverInput, name: string, record: CatalogRecord): string {
  const definition = schema.resolve(name);
  if (!definition) return `**${name}**: not in the VuFind biblio schema; Solr rejects a document with this field.`;
  const flags = [definition.indexed ? 'indexed' : 'not indexed', definition.stored ? 'stored' : 'not stored'].join(', ');
  const lines = [`**${name}**: \`${describeType(definition)}\`, ${flags}`];
  const doc = fieldDocs[name];
  const holds = doc?.holds ?? (definition.dynamicPattern ? dynamicFieldDocs[definition.dynamicPattern] : undefined);
  if (holds) lines.push(holds);
  if (definition.dynamicPattern) lines.push(`Dynamic field: matches \`${definition.dynamicPattern}\`.`);
  const sources = schema.copySourcesOf(name).map((copyField) => `\`${copyField.source}\``);
  if (sources.length > 0) lines.push(`Solr derives it: copyField from ${sources.join(', ')}. Importers do not send it.`);
  else if (schema.isSolrManaged(name)) lines.push('Solr sets it on every update. Importers do not send it.');
  if (doc?.marc || doc?.xslt) {
    lines.push(['VuFind fills it from:', doc.marc ? `- MARC (marc.properties): ${doc.marc}` : '', doc.xslt ? `- XSLT (doaj.xsl): ${doc.xslt}` : '']
      .filter((line) => line !== '').join('\n'));
  }
  const destinations = schema.copyDestinationsOf(name).map((copyField) => `\`${copyField.dest}\``);
  if (destinations.length > 0) lines.push(`Solr copies it to ${destinations.join(', ')}.`);
  const expected = expectedValue(record, name);
  if (expected) {
    const shown = expected.values.map((value) => `\`${value}\``).join(', ');
    lines.push(`For this record VuFind computes ${shown}. Hover the value for the steps.`);
  }
  const rules = allRules.filter((rule) => rule.fields?.includes(name));
  if (rules.length > 0) lines.push(`Checked by: ${rules.map((rule) => `[${rule.id}](${ruleDocUri(ruleDocsBase, rule.id)})`).join(', ')}`);
  return lines.join('\n\n');
}

function valueHover(record: CatalogRecord, field: Field, value: FieldValue): string | undefined {
  if (field.name === '_version_') {
    const stamp = decodeSolrVersion(value.text);
    if (!stamp) return undefined;
    return [
      `**_version_** encodes the time of the last update: **${stamp.iso}**`,
      `(${value.text.trim()} >> 20 = ${stamp.epochMillis} ms since 1970, update counter ${stamp.counter})`,
    ].join('\n\n');
  }
  const expected = expectedValue(record, field.name);
  if (!expected) return undefined;
  const matches = expected.values.includes(value.text);
  const shown = expected.values.length === 1 ? `\`${expected.values[0]}\`` : expected.values.map((key) => `\`${key}\``).join(', ');
  return [
    `**${field.name}**: VuFind computes ${shown} ${matches ? '(matches)' : '(differs from this value)'}`,
    `${computationPath[expected.path]}${expected.exact ? '' : ' Non-Latin script: VuFind romanizes it with ICU, which this editor can only approximate.'}`,
    expected.steps.map((step, i) => `${i + 1}. ${escapeMarkdown(step)}`).join('\n'),
  ].join('\n\n');
}

const computationPath = {
  marc: 'Computed as SolrMarc does (import/marc.properties), from the MARC record in `fullrecord`.',
  xslt: 'Computed as VuFind\'s XSLT importers do (e.g. doaj.xsl), from `title` and `author`.',
} as const;

/** Record text is data: `*`, `_`, brackets and the like must not turn into formatting or links. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~-]/g, (char) => `\\${char}`);
}

function markdown(value: string, range: Hover['range']): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, ...(range ? { range } : {}) };
}
