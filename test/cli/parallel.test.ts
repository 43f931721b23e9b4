import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { RecordGenerator, loadTemplates, writeCorpus } from '../../scripts/bench/corpus';
import { createCatalogService } from '../../server/src/core/index';
import { catrec, workspace } from './catrec';

const sharedDir = path.resolve(__dirname, '../../../shared');

describe('catrec check with worker threads', () => {
  // Above the small-input fast path (2 MB) and in several files of different sizes, so workers finish out of order.
  const cwd = workspace();
  const generator = new RecordGenerator(loadTemplates(sharedDir), 7);
  writeCorpus(generator, path.join(cwd, 'big'), 2400, 600);
  writeCorpus(generator, path.join(cwd, 'small'), 150, 50);

  test.each(['json', 'sarif', 'stylish'])('--format %s: byte-identical to a single thread', (format) => {
    expect(availableParallelism()).toBeGreaterThan(1);
    const single = catrec(['check', '--format', format, '--jobs', '1', 'big', 'small'], { cwd });
    const parallel = catrec(['check', '--format', format, 'big', 'small'], { cwd });
    expect(single.stderr).toBe('');
    expect(parallel.stderr).toBe('');
    expect(parallel.status).toBe(single.status);
    expect(parallel.stdout).toBe(single.stdout);
    if (format === 'json') expect(JSON.parse(single.stdout).summary.records).toBe(2550);
  });

  test('--jobs 3 (two workers besides the main thread) and --jobs 2 (one): byte-identical to a single thread', () => {
    const single = catrec(['check', '--format', 'json', '--jobs', '1', 'small', 'big'], { cwd });
    for (const jobs of ['2', '3']) {
      const parallel = catrec(['check', '--format', 'json', '--jobs', jobs, 'small', 'big'], { cwd });
      expect(parallel.stderr).toBe('');
      expect(parallel.stdout).toBe(single.stdout);
    }
  });

  test('Solr JSON and XML files are parsed in their format on the workers too', () => {
    const service = createCatalogService();
    const recordDir = path.join(cwd, 'big');
    mkdirSync(path.join(cwd, 'solr'));
    readdirSync(recordDir).forEach((name, index) => {
      const document = service.parse(readFileSync(path.join(recordDir, name), 'utf8'));
      const target = index % 2 === 0 ? 'json' : 'xml';
      writeFileSync(path.join(cwd, 'solr', `${name}.solr.${target}`), service.convert(document, target).text);
    });
    const single = catrec(['check', '--format', 'json', '--jobs', '1', 'solr'], { cwd });
    const parallel = catrec(['check', '--format', 'json', 'solr'], { cwd });
    expect(parallel.stderr).toBe('');
    expect(parallel.stdout).toBe(single.stdout);
    expect(JSON.parse(parallel.stdout).summary.records).toBe(2400);
  });
});
