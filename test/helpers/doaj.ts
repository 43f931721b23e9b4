import { SaxesParser } from 'saxes';
import { normalizeSpace } from '../../server/src/core/normalize/authorSort';
import { stripArticles, titleSortXslt } from '../../server/src/core/normalize/titleSort';
import { normalizeWorkKeyPart } from '../../server/src/core/normalize/workKeys';

const oaiDoaj = 'http://doaj.org/features/oai_doaj/1.0/';

/** What doaj.xsl reads from one oai_doaj:doajArticle (text content raw, as XSLT sees it). */
export interface DoajArticle {
  readonly identifier: string;
  readonly titles: readonly string[];
  readonly authorNames: readonly string[];
}

/** The articles of an OAI-PMH ListRecords response in oai_doaj format. saxes reads no DTD and no external entity. */
export function readDoajArticles(xml: string): DoajArticle[] {
  const parser = new SaxesParser({ xmlns: true });
  const articles: DoajArticle[] = [];
  const path: string[] = [];
  let text = '';
  let identifier = '';
  let titles: string[] = [];
  let names: string[] = [];
  parser.on('opentag', (tag) => {
    path.push(tag.uri === oaiDoaj ? `doaj:${tag.local}` : tag.local);
    text = '';
  });
  parser.on('text', (chunk) => { text += chunk; });
  parser.on('closetag', () => {
    const name = path.join('/');
    if (name.endsWith('header/identifier')) identifier = text;
    if (name.endsWith('doaj:doajArticle/doaj:title')) titles.push(text);
    if (name.endsWith('doaj:authors/doaj:author/doaj:name')) names.push(text);
    if (name.endsWith('doaj:doajArticle')) {
      articles.push({ identifier, titles, authorNames: names });
      titles = [];
      names = [];
    }
    path.pop();
    text = '';
  });
  parser.write(xml).close();
  return articles;
}

/**
 * The sort-key fields doaj.xsl writes for an article, at the level of XML nodes: the title is the first non-blank
 * title; author_sort only when the *first* name element is non-blank; work keys get every non-blank title and every
 * name element (blank ones included: PHP tests the DOM node, which is never empty()).
 */
export function doajSolrFields(article: DoajArticle): Array<[string, string[]]> {
  const nonBlankTitles = article.titles.filter((title) => normalizeSpace(title) !== '');
  const title = nonBlankTitles[0];
  const authors = article.authorNames.filter((name) => normalizeSpace(name) !== '').map(normalizeSpace);
  const firstName = article.authorNames[0];
  const fields: Array<[string, string[]]> = [['id', [article.identifier]], ['record_format', ['Article']]];
  if (authors.length > 0) fields.push(['author', authors]);
  if (firstName !== undefined && normalizeSpace(firstName) !== '') fields.push(['author_sort', [normalizeSpace(firstName)]]);
  if (title !== undefined) fields.push(['title', [title]], ['title_sort', [titleSortXslt(title)]]);
  const keys = doajWorkKeys(nonBlankTitles, title === undefined ? [] : [stripArticles(title)], article.authorNames);
  if (keys.length > 0) fields.push(['work_keys_str_mv', keys]);
  return fields;
}

function doajWorkKeys(titles: readonly string[], trimmedTitles: readonly string[], authorNodes: readonly string[]): string[] {
  if (authorNodes.length === 0) return [];
  const keys: string[] = [];
  const seen: string[] = [];
  for (const title of [...titles, ...trimmedTitles]) {
    const normalized = normalizeWorkKeyPart(title, 'php');
    if (normalized === '' || normalized === '0' || seen.includes(normalized)) continue;
    seen.push(normalized);
    for (const author of authorNodes) keys.push(`AT ${normalizeWorkKeyPart(author, 'php')} ${normalized}`);
  }
  return keys;
}
