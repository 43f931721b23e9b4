import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { titleSortXslt } from '../../server/src/core/normalize/titleSort';
import { workKeysXslt } from '../../server/src/core/normalize/workKeys';
import { vufindBiblioSchema } from '../../server/src/core/schema/schema';

/** The real VuFind Solr responses the synthetic records imitate: field set, order, value shapes. */
const fixtureDir = 'corpus/vufind/module/VuFindSearch/tests/fixtures/blender/response/solr';
const fixtureFiles = ['search.json', 'search-title.json', 'search-author.json'];
/** The raw MARC blob is not part of a staff-view record; the rest of each document is. */
const droppedFields = new Set(['fullrecord']);

type SolrDoc = Record<string, unknown>;

/** Mulberry32: a tiny seeded PRNG, so every run writes byte-identical corpora. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function loadTemplates(sharedDir: string): SolrDoc[] {
  return fixtureFiles.flatMap((file) => {
    const response = JSON.parse(readFileSync(path.join(sharedDir, fixtureDir, file), 'utf8')) as { response: { docs: SolrDoc[] } };
    return response.response.docs;
  });
}

/** Builds `count` records from the templates: new ids, titles and authors, derived fields kept consistent. */
export class RecordGenerator {
  readonly #random: () => number;
  readonly #titleWords: string[];
  readonly #authors: string[];

  constructor(readonly templates: readonly SolrDoc[], seed: number) {
    this.#random = seededRandom(seed);
    this.#titleWords = [...new Set(templates.flatMap((doc) => String(doc['title'] ?? '').split(/\s+/)).filter((word) => /^[\p{L}]{2,}$/u.test(word)))];
    this.#authors = [...new Set(templates.flatMap((doc) => (Array.isArray(doc['author']) ? doc['author'] : []).map(String)))];
  }

  #pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.#random() * items.length)]!;
  }

  /** One record's `.record` text (no trailing blank line). About 1 in 20 carries a defect the rules report. */
  record(index: number): string {
    const template = this.#pick(this.templates);
    const words = Array.from({ length: 2 + Math.floor(this.#random() * 6) }, () => this.#pick(this.#titleWords));
    const title = `${this.#random() < 0.3 ? 'The ' : ''}${words.join(' ')}`;
    const author = this.#pick(this.#authors);
    const overrides: SolrDoc = {
      id: `bench-${index.toString(36).padStart(6, '0')}`,
      title, title_short: title, title_full: `${title} / ${author}`, title_fullStr: `${title} / ${author}`,
      title_full_unstemmed: `${title} / ${author}`, title_auth: title, title_sort: titleSortXslt(title),
      author: [author], author_facet: [author], author_sort: author,
      _version_: String(1726988259024699392n + BigInt(index)),
    };
    const defect = this.#random();
    if (defect < 0.03) overrides['title_sort'] = `${titleSortXslt(title)} x`;
    else if (defect < 0.05) overrides['publisher'] = ['Sample Press '];
    overrides['work_keys_str_mv'] = workKeysXslt(title, [author]).keys;
    const doc = { ...template, ...overrides };
    // Solr's copies follow their sources, as in a real staff view (spelling's source, allfields, is not stored).
    for (const dest of vufindBiblioSchema.managedFields) {
      const sources = [...new Set(vufindBiblioSchema.copySourcesOf(dest).map((copyField) => copyField.source))];
      if (sources.length === 0 || !(dest in doc) || sources.some((source) => vufindBiblioSchema.resolve(source)?.stored !== true)) continue;
      doc[dest] = sources.flatMap((source) => (Array.isArray(doc[source]) ? doc[source] as unknown[] : doc[source] === undefined ? [] : [doc[source]]));
    }
    const lines: string[] = [];
    for (const [name, raw] of Object.entries(doc)) {
      if (droppedFields.has(name)) continue;
      const values = (Array.isArray(raw) ? raw : [raw]).map(String).filter((value) => value !== '');
      if (values.length === 0) continue;
      lines.push(`${name} ${values[0]}`, ...values.slice(1).map((value) => `  ${value}`));
    }
    return lines.join('\n');
  }

  /** `count` records as one document, records separated by a blank line. */
  document(count: number, firstIndex = 0): string {
    return `${Array.from({ length: count }, (_, i) => this.record(firstIndex + i)).join('\n\n')}\n`;
  }
}

export interface Corpus {
  readonly directory: string;
  readonly records: number;
  readonly files: number;
  readonly bytes: number;
}

/** Writes `records` records into `directory`, `perFile` to a `.record` file, like an export split in batches. */
export function writeCorpus(generator: RecordGenerator, directory: string, records: number, perFile: number): Corpus {
  mkdirSync(directory, { recursive: true });
  let bytes = 0;
  let files = 0;
  for (let first = 0; first < records; first += perFile) {
    const text = generator.document(Math.min(perFile, records - first), first);
    writeFileSync(path.join(directory, `batch-${String(files).padStart(4, '0')}.record`), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  return { directory, records, files, bytes };
}
