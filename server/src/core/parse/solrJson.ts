import { type Node, type ParseError, parseTree } from 'jsonc-parser';
import type { ParseProblem, RecordDocument, RecordSyntax, TextChange } from '../model/document';
import type { CatalogRecord, Field, FieldValue } from '../model/record';
import type { Span } from '../model/span';
import { describeJsonError } from './jsonErrors';

/** Solr JSON documents: one doc, an array of docs, a `/select` response, or `add` update commands. */
export interface SolrJsonDocument extends RecordDocument {
  readonly format: 'solr-json' | 'solr-jsonl';
  /** Fields written as atomic updates (`{"set": …}`): checked by their value, but a conversion loses the operation. */
  readonly atomicUpdates: readonly AtomicUpdate[];
}

export interface AtomicUpdate {
  readonly recordIndex: number;
  readonly field: string;
  readonly operation: string;
}

/** Parses Solr JSON (`lines: false`) or JSON Lines, one document per line (`lines: true`). Never throws. */
export function parseSolrJson(text: string, options: { lines?: boolean } = {}): SolrJsonDocument {
  // A BOM is not JSON; a space keeps every offset where it was.
  const source = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  const problems: ParseProblem[] = [];
  const docs: Node[] = [];
  const chunks = options.lines ? jsonLines(source) : [{ start: 0, text: source }];
  for (const chunk of chunks) {
    const errors: ParseError[] = [];
    const root = parseTree(chunk.text, errors, { allowTrailingComma: false, disallowComments: true });
    // One mistake often yields several errors at the same place; the first names it best.
    const firstAtEachOffset = errors.filter((error, index) => index === 0 || errors[index - 1]!.offset !== error.offset);
    for (const error of firstAtEachOffset) {
      problems.push({
        ruleId: 'solr/invalid-json',
        span: { start: chunk.start + error.offset, end: chunk.start + error.offset + Math.max(error.length, 1) },
        message: `Invalid JSON: ${describeJsonError(error.error)}.`,
      });
    }
    if (root) docs.push(...findDocs(root, problems, chunk.start).map((node) => shifted(node, chunk.start)));
  }
  const atomicUpdates: AtomicUpdate[] = [];
  const records = docs.map((doc, index) => toRecord(doc, index, text, problems, atomicUpdates));
  const eol = /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
  return {
    format: options.lines ? 'solr-jsonl' : 'solr-json', text, records, problems, suppressions: [], atomicUpdates,
    syntax: jsonSyntax(text, eol),
  };
}

function jsonLines(text: string): Array<{ start: number; text: string }> {
  const chunks: Array<{ start: number; text: string }> = [];
  const lineBreak = /\r\n|\n|\r/g;
  let start = 0;
  for (let match = lineBreak.exec(text); ; match = lineBreak.exec(text)) {
    const end = match ? match.index : text.length;
    const line = text.slice(start, end);
    if (line.trim() !== '') chunks.push({ start, text: line });
    if (!match) return chunks;
    start = match.index + match[0].length;
  }
}

/** The chunk's tree with offsets into the whole text. */
function shifted(node: Node, base: number): Node {
  return base === 0 ? node : ({ ...node, offset: node.offset + base, children: node.children?.map((child) => shifted(child, base)) } as Node);
}

function property(node: Node, name: string): Node | undefined {
  return node.children?.find((child) => child.children?.[0]?.value === name)?.children?.[1];
}

function findDocs(root: Node, problems: ParseProblem[], base: number): Node[] {
  if (root.type === 'array') return (root.children ?? []).filter((child) => child.type === 'object');
  if (root.type !== 'object') {
    problems.push({ ruleId: 'solr/invalid-json', span: { start: base + root.offset, end: base + root.offset + root.length }, message: 'Expected a Solr document (an object), an array of documents, a response or update commands.' });
    return [];
  }
  const response = property(root, 'response');
  if (response) return (property(response, 'docs')?.children ?? []).filter((child) => child.type === 'object');
  const adds = (root.children ?? []).filter((child) => child.children?.[0]?.value === 'add').map((child) => child.children?.[1]);
  if (adds.length > 0) {
    return adds.flatMap((add) => {
      if (!add) return [];
      const commands = add.type === 'array' ? add.children ?? [] : [add];
      return commands.flatMap((command) => {
        const doc = command.type === 'object' ? property(command, 'doc') : undefined;
        return doc?.type === 'object' ? [doc] : [];
      });
    });
  }
  if (root.children?.some((child) => ['responseHeader', 'delete', 'commit', 'optimize'].includes(child.children?.[0]?.value))) return [];
  return [root];
}

function toRecord(doc: Node, index: number, text: string, problems: ParseProblem[], atomicUpdates: AtomicUpdate[]): CatalogRecord {
  const fields: Field[] = [];
  for (const prop of doc.children ?? []) {
    const [key, valueNode] = prop.children ?? [];
    if (!key || !valueNode) continue;
    const nameSpan = { start: key.offset + 1, end: key.offset + key.length - 1 };
    const fullSpan = { start: prop.offset, end: prop.offset + prop.length };
    const operation = atomicOperationOf(valueNode);
    if (operation) atomicUpdates.push({ recordIndex: index, field: String(key.value), operation });
    const values = valuesOf(valueNode, text, String(key.value), problems);
    if (values.length > 0) fields.push({ name: String(key.value), nameSpan, fullSpan, values });
  }
  return { index, span: { start: doc.offset, end: doc.offset + doc.length }, fields };
}

/** Atomic-update operations carry the value one level down: `{"set": "x"}`. */
const atomicOperations = new Set(['set', 'add', 'add-distinct', 'remove', 'removeregex', 'inc']);

/** The atomic-update operation (`set`, `add`, …) a field's value object carries, if it is one. */
function atomicOperationOf(node: Node): string | undefined {
  if (node.type !== 'object' || node.children?.length !== 1) return undefined;
  const name = node.children[0]?.children?.[0]?.value;
  return typeof name === 'string' && atomicOperations.has(name) ? name : undefined;
}

function valuesOf(node: Node, text: string, fieldName: string, problems: ParseProblem[]): FieldValue[] {
  switch (node.type) {
    case 'string':
      return [{ text: String(node.value), span: spanOf(node), fullSpan: spanOf(node), layout: 'structured' }];
    case 'number':
    case 'boolean': {
      // The source digits, not a JavaScript number: `_version_` exceeds 2^53.
      const raw = text.slice(node.offset, node.offset + node.length);
      return [{ text: raw, span: spanOf(node), fullSpan: spanOf(node), layout: 'structured' }];
    }
    case 'array':
      return (node.children ?? []).flatMap((child) => (child.type === 'array' ? unsupported(child, fieldName, problems) : valuesOf(child, text, fieldName, problems)));
    case 'object': {
      const [operation] = node.children ?? [];
      const name = operation?.children?.[0]?.value;
      if (node.children?.length === 1 && atomicOperations.has(name) && operation?.children?.[1]) {
        return valuesOf(operation.children[1], text, fieldName, problems);
      }
      return unsupported(node, fieldName, problems);
    }
    default:
      return unsupported(node, fieldName, problems);
  }
}

function unsupported(node: Node, fieldName: string, problems: ParseProblem[]): FieldValue[] {
  problems.push({
    ruleId: 'solr/unsupported-value',
    span: spanOf(node),
    message: `The value of "${fieldName}" is ${node.type === 'null' ? 'null' : `a nested ${node.type}`}; only strings, numbers, booleans, arrays of them and atomic updates are checked.`,
  });
  return [];
}

function spanOf(node: Node): Span {
  return { start: node.offset, end: node.offset + node.length };
}

function jsonSyntax(text: string, eol: string): RecordSyntax {
  const encodeValue = (value: string): string => JSON.stringify(value);
  const encodeValues = (values: readonly string[], asArray: boolean): string =>
    asArray || values.length !== 1 ? `[${values.map(encodeValue).join(', ')}]` : encodeValue(values[0]!);
  /** From a comma-separated item, the span that removes it with exactly one of its commas. */
  const removeListItem = (item: { start: number; end: number }): TextChange => {
    const after = skipWhitespace(text, item.end);
    if (text[after] === ',') return { span: { start: item.start, end: skipWhitespace(text, after + 1) }, newText: '' };
    const before = skipWhitespaceBackward(text, item.start);
    if (text[before - 1] === ',') return { span: { start: before - 1, end: item.end }, newText: '' };
    return { span: item, newText: '' };
  };
  const valueStart = (field: Field): number => skipWhitespace(text, text.indexOf(':', field.nameSpan.end) + 1);
  return {
    encodeValue,
    insertField(afterOffset, name, values): TextChange {
      const lineStart = Math.max(text.lastIndexOf('\n', afterOffset - 1), text.lastIndexOf('\r', afterOffset - 1)) + 1;
      const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
      const onOwnLine = text.slice(lineStart, afterOffset).trimStart().startsWith('"');
      const separator = onOwnLine ? `${eol}${indent}` : ' ';
      return { span: { start: afterOffset, end: afterOffset }, newText: `,${separator}${encodeValue(name)}: ${encodeValues(values, values.length > 1)}` };
    },
    removeFields(fields): TextChange[] {
      // Neighbours go together, so that no two deletions claim the comma between them.
      const sorted = [...fields].sort((a, b) => a.fullSpan.start - b.fullSpan.start);
      const runs: Array<{ start: number; end: number }> = [];
      for (const field of sorted) {
        const last = runs.at(-1);
        if (last && /^\s*,\s*$/.test(text.slice(last.end, field.fullSpan.start))) last.end = field.fullSpan.end;
        else runs.push({ ...field.fullSpan });
      }
      return runs.map(removeListItem);
    },
    removeValue: (field, valueIndex) => removeListItem(field.values[valueIndex]!.span),
    replaceValues(field, values): TextChange {
      const start = valueStart(field);
      return { span: { start, end: field.fullSpan.end }, newText: encodeValues(values, text[start] === '[') };
    },
  };
}

function skipWhitespace(text: string, offset: number): number {
  let index = offset;
  while (index < text.length && /\s/.test(text[index]!)) index++;
  return index;
}

function skipWhitespaceBackward(text: string, offset: number): number {
  let index = offset;
  while (index > 0 && /\s/.test(text[index - 1]!)) index--;
  return index;
}
