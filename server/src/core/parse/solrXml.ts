import { SaxesParser, type SaxesTag } from 'saxes';
import type { ParseProblem, RecordDocument, RecordSyntax, TextChange } from '../model/document';
import type { CatalogRecord, Field, FieldValue } from '../model/record';
import type { Span } from '../model/span';

/** Solr XML: update messages (`<add><doc><field name="…">`) or responses (`<result><doc><str name="…">`). */
export interface SolrXmlDocument extends RecordDocument {
  readonly format: 'solr-xml';
  readonly flavor: 'update' | 'response';
}

/** The typed elements of Solr's XML response writer. */
const responseValueElements = new Set(['str', 'long', 'int', 'float', 'double', 'bool', 'date']);

interface OpenElement {
  readonly name: string;
  readonly start: number;
  readonly contentStart: number;
  readonly nameAttribute?: { value: string; span: Span };
  text: string;
}

/**
 * Parses Solr XML without ever resolving a DTD or an external entity (saxes reads neither); a DOCTYPE or an
 * undefined entity is reported. Never throws.
 */
export function parseSolrXml(text: string): SolrXmlDocument {
  const problems: ParseProblem[] = [];
  const records: CatalogRecord[] = [];
  const stack: OpenElement[] = [];
  let fields: Field[] = [];
  let arrayValues: FieldValue[] | undefined;
  let docStart = -1;
  let flavor: 'update' | 'response' = 'update';
  let markupEnd = 0;
  const parser = new SaxesParser({ position: true });
  const report = (span: Span, message: string, ruleId = 'solr/invalid-xml') => problems.push({ ruleId, span, message });

  parser.on('error', (error) => {
    const at = Math.min(parser.position, text.length);
    report({ start: Math.max(0, at - 1), end: at }, `Invalid XML: ${error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '')}.`);
  });
  parser.on('doctype', () => {
    report({ start: markupEnd, end: parser.position }, 'A DOCTYPE is not processed: its DTD and entities are ignored, never fetched.');
  });
  parser.on('opentag', (tag: SaxesTag) => {
    const start = text.lastIndexOf('<', parser.position - 1);
    const element: OpenElement = { name: tag.name, start, contentStart: parser.position, text: '', ...nameAttributeOf(text, start, parser.position, tag) };
    const parent = stack.at(-1)?.name;
    if (tag.name === 'doc') {
      if (docStart >= 0) report({ start, end: parser.position }, 'Nested (child) documents are not checked.', 'solr/unsupported-value');
      else if (parent === 'add' || parent === 'result') {
        docStart = start;
        fields = [];
        flavor = parent === 'add' ? 'update' : 'response';
      }
    } else if (tag.name === 'arr' && docStart >= 0 && stack.length > 0 && stack.at(-1)!.name === 'doc') {
      arrayValues = [];
    }
    stack.push(element);
    markupEnd = parser.position;
  });
  const addText = (value: string) => {
    const current = stack.at(-1);
    if (current) current.text += value;
  };
  parser.on('text', (value) => {
    addText(value);
    markupEnd = parser.position - 1;
  });
  parser.on('cdata', (value) => {
    addText(value);
    markupEnd = parser.position;
  });
  parser.on('closetag', () => {
    const element = stack.pop();
    const end = parser.position;
    markupEnd = end;
    if (!element) return;
    const contentEnd = text.lastIndexOf('<', end - 1);
    const elementSpan = { start: element.start, end };
    const value: FieldValue = { text: element.text, span: { start: element.contentStart, end: contentEnd }, fullSpan: elementSpan, layout: 'structured' };
    const parent = stack.at(-1)?.name;
    if (element.name === 'doc' && element.start === docStart) {
      records.push({ index: records.length, span: elementSpan, fields });
      docStart = -1;
    } else if (docStart < 0) {
      return;
    } else if (parent === 'arr' && arrayValues && responseValueElements.has(element.name)) {
      arrayValues.push(value);
    } else if (parent === 'doc' && element.name === 'arr' && arrayValues) {
      if (element.nameAttribute && arrayValues.length > 0) {
        fields.push({ name: element.nameAttribute.value, nameSpan: element.nameAttribute.span, fullSpan: elementSpan, values: arrayValues });
      }
      arrayValues = undefined;
    } else if (parent === 'doc' && (element.name === 'field' || responseValueElements.has(element.name))) {
      if (!element.nameAttribute) {
        report(elementSpan, `<${element.name}> without a name attribute is no field.`);
        return;
      }
      const previous = fields.at(-1);
      // Consecutive <field> elements of one name are one multi-valued field, as Solr reads them.
      if (previous && previous.name === element.nameAttribute.value && text.slice(previous.fullSpan.end, element.start).trim() === '') {
        fields[fields.length - 1] = { ...previous, fullSpan: { start: previous.fullSpan.start, end: elementSpan.end }, values: [...previous.values, value] };
        return;
      }
      fields.push({ name: element.nameAttribute.value, nameSpan: element.nameAttribute.span, fullSpan: elementSpan, values: [value] });
    }
  });
  try {
    parser.write(text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text).close();
  } catch (error) {
    report({ start: Math.max(0, text.length - 1), end: text.length }, `Invalid XML: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const eol = /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
  return { format: 'solr-xml', flavor, text, records, problems, suppressions: [], syntax: xmlSyntax(text, eol, flavor) };
}

function nameAttributeOf(text: string, start: number, end: number, tag: SaxesTag): Pick<OpenElement, 'nameAttribute'> {
  const attribute = tag.attributes['name'];
  const name = typeof attribute === 'string' ? attribute : attribute?.value;
  if (name === undefined) return {};
  const match = /\sname\s*=\s*(["'])/.exec(text.slice(start, end));
  if (!match) return {};
  const valueStart = start + match.index + match[0].length;
  const valueEnd = text.indexOf(match[1]!, valueStart);
  return { nameAttribute: { value: name, span: { start: valueStart, end: valueEnd } } };
}

/** Control characters XML 1.0 forbids even as references; XML 1.1 allows them as references (MARC's separators). */
export const xml11Characters = /[\x01-\x08\x0B\x0C\x0E-\x1F]/;

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '&#13;')
    .replace(new RegExp(xml11Characters.source, 'g'), (char) => `&#x${char.charCodeAt(0).toString(16).toUpperCase()};`);
}

function xmlSyntax(text: string, eol: string, flavor: 'update' | 'response'): RecordSyntax {
  const element = (name: string, values: readonly string[], indent: string, asArray: boolean): string => {
    if (flavor === 'update') return values.map((value) => `<field name="${escapeXml(name)}">${escapeXml(value)}</field>`).join(`${eol}${indent}`);
    if (!asArray && values.length === 1) return `<str name="${escapeXml(name)}">${escapeXml(values[0]!)}</str>`;
    return `<arr name="${escapeXml(name)}">${values.map((value) => `<str>${escapeXml(value)}</str>`).join('')}</arr>`;
  };
  const lineStartOf = (offset: number): number => Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  /** An element alone on its line goes with its indentation and line break. */
  const removeElement = (span: Span): TextChange => {
    const lineStart = lineStartOf(span.start);
    const lineBreak = /^\r\n|^\n|^\r/.exec(text.slice(span.end));
    if (text.slice(lineStart, span.start).trim() === '' && lineBreak) {
      return { span: { start: lineStart, end: span.end + lineBreak[0].length }, newText: '' };
    }
    return { span, newText: '' };
  };
  return {
    encodeValue: escapeXml,
    insertField(afterOffset, name, values): TextChange {
      const indent = /^[ \t]*/.exec(text.slice(lineStartOf(afterOffset)))![0];
      return { span: { start: afterOffset, end: afterOffset }, newText: `${eol}${indent}${element(name, values, indent, values.length > 1)}` };
    },
    removeFields: (fields) => fields.map((field) => removeElement(field.fullSpan)),
    removeValue: (field, valueIndex) => removeElement(field.values[valueIndex]!.fullSpan),
    replaceValues(field, values): TextChange {
      const indent = /^[ \t]*/.exec(text.slice(lineStartOf(field.fullSpan.start)))![0];
      const wasArray = text.startsWith('<arr', field.fullSpan.start);
      return { span: field.fullSpan, newText: element(field.name, values, indent, wasArray) };
    },
  };
}
