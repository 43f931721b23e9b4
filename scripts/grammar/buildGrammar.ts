import type { SchemaData } from '../../server/src/core/schema/types';
import { type RegexPiece, alt, capture, captureRules, oneOf, optional, seq } from './regex';

/**
 * The TextMate grammar of `.record` files, built from schema data so that field knowledge lives in one place
 * (server/src/core/schema). The line rules mirror server/src/core/parse/recordText.ts.
 */

const language = 'vufind-record';
const scoped = (name: string): string => `${name}.${language}`;

/** Every scope the grammar assigns (docs/syntax-highlighting.md lists them; a test keeps the two in step). */
export const scopes = {
  root: `source.${language}`,
  field: scoped('meta.field'),
  multiValuedField: scoped('meta.field.multi-valued'),
  knownName: scoped('entity.name.tag.field.known'),
  managedName: scoped('entity.name.tag.field.managed'),
  dynamicName: scoped('entity.name.tag.field.dynamic'),
  dynamicSuffix: scoped('storage.type.suffix.dynamic'),
  unknownName: scoped('invalid.deprecated.field.unknown'),
  separator: scoped('punctuation.separator.key-value'),
  value: scoped('string.unquoted.value'),
  indentedValue: scoped('string.unquoted.value.indented'),
  unindentedValue: scoped('string.unquoted.value.unindented'),
  continuationValue: scoped('string.unquoted.value.continuation'),
  continuationMarker: scoped('punctuation.separator.continuation'),
  link: scoped('markup.underline.link'),
  date: scoped('constant.numeric.date'),
  year: scoped('constant.numeric.date.year'),
  number: scoped('constant.numeric'),
  comment: scoped('comment.line.number-sign'),
  commentMarker: scoped('punctuation.definition.comment'),
  directive: scoped('keyword.other.directive.suppression'),
  ruleId: scoped('variable.parameter.rule-id'),
  ruleIdSeparator: scoped('punctuation.separator.comma'),
} as const;

/** Solr sets `_version_` on every update; it is not a copyField destination but just as little the cataloguer's. */
const solrVersionField = '_version_';

/** Field names as the grammar groups them; each group gets its own scope. */
interface NameGroups {
  readonly managed: readonly string[];
  readonly known: readonly string[];
  readonly dynamicSuffixes: readonly string[];
  /** Explicit names that end in one of `dynamicSuffixes` yet are not in this group: the explicit definition wins. */
  readonly notDynamic: readonly string[];
}

const endOfName = '(?=[ \\t]|$)';
/** Any character but a space or tab, and but the "\n" the TextMate engine appends to every line. */
const solidChar = '[^ \\t\\n]';
/** The first character of a field line (or of a value pasted at the start of a line). */
const fieldLineStart = '[^#+ \\t\\n]';
/** Nothing but spaces and tabs: the line ends the record. */
const blankLine = '[ \\t]*$';

function dynamicSuffix(pattern: string): string {
  if (!pattern.startsWith('*') || pattern.indexOf('*', 1) >= 0) {
    throw new Error(`Dynamic field pattern "${pattern}": the grammar generator handles only "*suffix" patterns.`);
  }
  return pattern.slice(1);
}

function nameGroups(data: SchemaData, include: (multiValued: boolean) => boolean): NameGroups {
  const managedNames = new Set([solrVersionField, ...data.copyFields.map((copyField) => copyField.dest)]);
  const explicit = data.fields.filter((field) => include(field.multiValued)).map((field) => field.name);
  const dynamicSuffixes = data.dynamicFields.filter((field) => include(field.multiValued)).map((field) => dynamicSuffix(field.pattern));
  const included = new Set(explicit);
  const notDynamic = data.fields.map((field) => field.name).filter((name) =>
    !included.has(name) && dynamicSuffixes.some((suffix) => name.length > suffix.length && name.endsWith(suffix)));
  return {
    managed: explicit.filter((name) => managedNames.has(name)).sort(),
    known: explicit.filter((name) => !managedNames.has(name)).sort(),
    dynamicSuffixes: [...dynamicSuffixes].sort(),
    notDynamic: notDynamic.sort(),
  };
}

/** A value: a whole-value year or number, or text in which links and dates stand out. */
function valueText(valueScope: string): RegexPiece {
  return alt(
    seq(capture({ name: `${valueScope} ${scopes.year}` }, '\\d{4}'), '$'),
    seq(capture({ name: `${valueScope} ${scopes.number}` }, '-?\\d+(?:\\.\\d+)?'), '$'),
    capture({ name: valueScope, patterns: [{ include: '#value-text' }] }, '.*'),
  );
}

/** `name value`: the name up to the first space or tab, that one character, then the value. */
function fieldLine(groups: NameGroups, unknownNames: boolean): RegexPiece {
  const notDynamic = groups.notDynamic.length > 0 ? `(?!${oneOf(groups.notDynamic)}${endOfName})` : '';
  const names = [
    seq(capture({ name: scopes.managedName }, oneOf(groups.managed)), endOfName),
    seq(capture({ name: scopes.knownName }, oneOf(groups.known)), endOfName),
    seq(notDynamic, capture({ name: scopes.dynamicName }, `${solidChar}+?`, capture({ name: scopes.dynamicSuffix }, oneOf(groups.dynamicSuffixes))), endOfName),
    ...(unknownNames ? [capture({ name: scopes.unknownName }, `${solidChar}+`)] : []),
  ];
  return seq('^', alt(...names), optional(capture({ name: scopes.separator }, '[ \\t]'), valueText(scopes.value)), '$');
}

function matchRule(name: string | undefined, regex: RegexPiece): Record<string, unknown> {
  return { ...(name ? { name } : {}), match: regex.source, captures: captureRules(regex) };
}

function beginEndRule(name: string, begin: RegexPiece, end: string, patterns: readonly string[]): Record<string, unknown> {
  return {
    name,
    begin: begin.source,
    beginCaptures: captureRules(begin),
    end,
    patterns: patterns.map((include) => ({ include })),
  };
}

/** The grammar as a JSON-ready object. */
export function buildGrammar(data: SchemaData): Record<string, unknown> {
  const all = nameGroups(data, () => true);
  const multiValued = nameGroups(data, (isMultiValued) => isMultiValued);
  const anyKnownName = `(?:${oneOf([...all.managed, ...all.known])}|${solidChar}+?${oneOf(all.dynamicSuffixes)})${endOfName}`;
  return {
    information_for_contributors: [
      'Generated by scripts/generateGrammar.ts from the schema data in server/src/core/schema.',
      'Do not edit by hand: change the generator or the schema, then run `npm run grammar`.',
    ],
    name: 'VuFind Record',
    scopeName: scopes.root,
    fileTypes: ['record'],
    patterns: ['#comment', '#continuation', '#indented-value', '#multi-valued-field', '#field'].map((include) => ({ include })),
    repository: {
      comment: {
        patterns: [
          matchRule(scopes.comment, seq(
            '^', capture({ name: scopes.commentMarker }, '#'), '\\s*',
            capture({ name: scopes.directive }, 'catalog-records-disable(?:-next-line)?'), '(?=\\s|$)',
            capture({ patterns: [{ include: '#rule-ids' }] }, '.*'), '$',
          )),
          matchRule(scopes.comment, seq('^', capture({ name: scopes.commentMarker }, '#'), '.*$')),
        ],
      },
      'rule-ids': {
        patterns: [
          { name: scopes.ruleId, match: '[^\\s,]+' },
          { name: scopes.ruleIdSeparator, match: ',' },
        ],
      },
      continuation: matchRule(undefined, seq('^', capture({ name: scopes.continuationMarker }, '\\+ ?'), valueText(scopes.continuationValue), '$')),
      'indented-value': matchRule(undefined, seq(`^[ \\t]+(?=${solidChar})`, valueText(scopes.indentedValue), '$')),
      // A pasted staff view writes further values of a multi-valued field at the start of the line.
      'unindented-value': matchRule(undefined, seq(`^(?=${fieldLineStart})`, valueText(scopes.unindentedValue), '$')),
      // Until a blank line or a line that starts with a known field name, an unknown name is one more value.
      'multi-valued-field': beginEndRule(scopes.multiValuedField, fieldLine(multiValued, false),
        `^(?=${blankLine}|${anyKnownName})`, ['#comment', '#continuation', '#indented-value', '#unindented-value']),
      field: beginEndRule(scopes.field, fieldLine(all, true),
        `^(?=${blankLine}|${fieldLineStart})`, ['#comment', '#continuation', '#indented-value']),
      'value-text': {
        patterns: [
          { name: scopes.link, match: '(?:https?|ftp)://[^\\s<>"]+?(?=[.,;:!?)\\]]*(?:[\\s<>"]|$))' },
          {
            name: scopes.date,
            match: '(?<![\\w-])\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])'
              + '(?:T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d)?)?(?![\\w-])',
          },
        ],
      },
    },
  };
}

/** The grammar file's exact text. */
export function grammarJson(data: SchemaData): string {
  return `${JSON.stringify(buildGrammar(data), null, 2)}\n`;
}
