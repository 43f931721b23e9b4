import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDocument } from '../../../server/src/core/features/check';
import { createCatalogService, defaultSettings } from '../../../server/src/core/index';
import { rule as authorSortMismatch } from '../../../server/src/core/rules/vufind/author-sort-mismatch';
import { rule as missingSortKey } from '../../../server/src/core/rules/vufind/missing-sort-key';
import { rule as titleSortMismatch } from '../../../server/src/core/rules/vufind/title-sort-mismatch';
import { rule as workKeysMismatch } from '../../../server/src/core/rules/vufind/work-keys-mismatch';
import { decodeIso2709 } from '../../../server/src/core/marc/iso2709';
import { firstValue, valuesOf } from '../../../server/src/core/model/record';
import { authorSortMarc, authorSortXslt } from '../../../server/src/core/normalize/authorSort';
import { titleSortXslt } from '../../../server/src/core/normalize/titleSort';
import type { Step } from '../../../server/src/core/normalize/trace';
import { workKeysMarc, workKeysXslt } from '../../../server/src/core/normalize/workKeys';
import { explainSortKeys } from '../../../server/src/core/sortKeys/explain';
import { doajSolrFields, readDoajArticles } from '../../helpers/doaj';
import { sharedDir, solrDocToRecord, solrDocToRecordText } from '../../helpers/solrDoc';

const service = createCatalogService();
const sortKeyRules = [titleSortMismatch, authorSortMismatch, workKeysMismatch, missingSortKey];
const findingsOf = (text: string) =>
  checkDocument(service.parse(text), { schema: service.schema, settings: defaultSettings, rules: sortKeyRules }).findings;

const blenderDir = path.join(sharedDir, 'corpus/vufind/module/VuFindSearch/tests/fixtures/blender/response/solr');
const blenderDocs: Array<Record<string, unknown>> = ['search.json', 'search-title.json', 'search-author.json']
  .flatMap((file) => JSON.parse(readFileSync(path.join(blenderDir, file), 'utf8')).response.docs);

describe('VuFind Solr fixtures (blender search*.json): every stored sort key is reproduced', () => {
  test('the fixtures are what we think they are', () => {
    expect(blenderDocs).toHaveLength(47);
    expect(blenderDocs.every((doc) => doc['record_format'] === 'marc' && typeof doc['fullrecord'] === 'string')).toBe(true);
  });

  test.each(blenderDocs.map((doc) => [String(doc['id']), doc] as const))('%s', (_id, doc) => {
    const explanation = explainSortKeys(solrDocToRecord(doc));
    const computed = {
      title_sort: explanation.title_sort?.expected,
      author_sort: explanation.author_sort?.expected,
      work_keys_str_mv: explanation.work_keys_str_mv.expected,
      path: explanation.work_keys_str_mv.path,
    };
    expect(computed).toEqual({
      title_sort: doc['title_sort'], author_sort: doc['author_sort'], work_keys_str_mv: doc['work_keys_str_mv'], path: 'marc',
    });
    expect(findingsOf(solrDocToRecordText(doc))).toEqual([]);
  });
});

const doajArticles = readDoajArticles(readFileSync(path.join(sharedDir, 'corpus/vufindharvest/tests/fixtures/oai_doaj.xml'), 'utf8'));
const doajRecordText = (fields: Array<[string, string[]]>) => solrDocToRecordText(Object.fromEntries(fields));

describe('DOAJ OAI records (vufindharvest oai_doaj.xml) mapped as doaj.xsl maps them', () => {
  test('100 articles, all with a title', () => {
    expect(doajArticles).toHaveLength(100);
    expect(doajArticles.every((article) => article.titles.length > 0)).toBe(true);
  });

  test.each(doajArticles.map((article) => [article.identifier, article] as const))('%s', (_id, article) => {
    const fields = doajSolrFields(article);
    const stored = Object.fromEntries(fields);
    const explanation = explainSortKeys(solrDocToRecord(stored));
    expect(explanation.title_sort?.expected).toBe(stored['title_sort']?.[0]);
    expect(explanation.author_sort?.expected).toBe(stored['author_sort']?.[0]);
    expect(explanation.work_keys_str_mv.expected).toEqual(stored['work_keys_str_mv'] ?? []);
    expect(findingsOf(doajRecordText(fields))).toEqual([]);
  });

  test('hand-computed from the algorithm: the first article', () => {
    const fields = Object.fromEntries(doajSolrFields(doajArticles[0]!));
    expect(fields['title_sort']).toEqual(['authorship and affiliation as an indicator of quality criteria in web 2 0 the blogs about the environment']);
    expect(fields['author_sort']).toEqual(['Vanessa Esperanza Oller-Arlandis']);
    expect(fields['work_keys_str_mv']).toEqual([
      'AT vanessaesperanzaollerarlandis authorshipandaffiliationasanindicatorofqualitycriteriainweb20theblogsabouttheenvironment',
      'AT javiersanzvalero authorshipandaffiliationasanindicatorofqualitycriteriainweb20theblogsabouttheenvironment',
    ]);
  });

  test('hand-computed: a leading article and typographic quotes', () => {
    const article = doajArticles.find((candidate) => candidate.titles[0]!.startsWith('A CONTRASTIVE'))!;
    const fields = Object.fromEntries(doajSolrFields(article));
    expect(fields['title_sort']![0]).toBe('contrastive analysis of phraseological units with the lexical item heart in english and albanian lexical corpuses');
    const titleParts = fields['work_keys_str_mv']!.map((key) => key.split(' ')[2]);
    expect(new Set(titleParts)).toEqual(new Set([
      'acontrastiveanalysisofphraseologicalunitswiththelexicalitemheartinenglishandalbanianlexicalcorpuses',
      'contrastiveanalysisofphraseologicalunitswiththelexicalitemheartinenglishandalbanianlexicalcorpuses',
    ]));
  });
});

describe('the example record', () => {
  const example = readFileSync(path.resolve(__dirname, '../../../examples/doaj-article.record'), 'utf8');

  test('examples/doaj-article.record gives no sort-key findings', () => {
    expect(findingsOf(example)).toEqual([]);
  });

  test('its keys are recomputed exactly, step by step', () => {
    const explanation = explainSortKeys(service.parse(example).records[0]!);
    expect(explanation.title_sort).toMatchObject({ path: 'xslt', exact: true, expected: 'back to basics facilitating the recognition of micro credentials in ontario pse' });
    expect(explanation.author_sort?.expected).toBe('Roger Pizarro Milian');
    expect(explanation.work_keys_str_mv.expected).toEqual(['AT rogerpizarromilian backtobasicsfacilitatingtherecognitionofmicrocredentialsinontariopse']);
    expect(explanation.title_sort!.steps.map((step) => step.label)).toEqual([
      'strip one leading English article, lowercase', 'fold accents to ASCII (Latin-ASCII)',
      'punctuation and whitespace runs → one space', 'trim, lowercase',
    ]);
  });
});

describe('steps traced when first read', () => {
  test('are the steps of the traced computation, on both paths', () => {
    const record = service.parse(readFileSync(path.resolve(__dirname, '../../../examples/doaj-article.record'), 'utf8')).records[0]!;
    const xslt = explainSortKeys(record);
    const title = firstValue(record, 'title')!.text;
    const authors = valuesOf(record, 'author').map((value) => value.text);
    const titleSteps: Step[] = [];
    const workKeySteps: Step[] = [];
    const authorSteps: Step[] = [];
    titleSortXslt(title, titleSteps);
    workKeysXslt(title, authors, workKeySteps);
    authorSortXslt(authors, authorSteps);
    expect(xslt.title_sort!.steps).toEqual(titleSteps);
    expect(xslt.work_keys_str_mv.steps).toEqual(workKeySteps);
    expect(xslt.author_sort!.steps).toEqual(authorSteps);
    expect(workKeySteps.map((step) => step.label)).toEqual(['titles', 'authors', 'keys']);

    const doc = blenderDocs[0]!;
    const marc = decodeIso2709(String(doc['fullrecord'])).record!;
    const marcExplanation = explainSortKeys(solrDocToRecord(doc));
    const marcWorkKeySteps: Step[] = [];
    const marcAuthorSteps: Step[] = [];
    workKeysMarc(marc, marcWorkKeySteps);
    authorSortMarc(marc, marcAuthorSteps);
    expect(marcExplanation.work_keys_str_mv.steps).toEqual(marcWorkKeySteps);
    expect(marcExplanation.author_sort!.steps).toEqual(marcAuthorSteps);
    expect(marcExplanation.title_sort!.steps.length).toBeGreaterThan(1);
  });
});
