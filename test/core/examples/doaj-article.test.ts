import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { createCatalogService, defaultSettings } from '../../../server/src/core/index';

const repoRoot = path.resolve(__dirname, '../../..');
const service = createCatalogService();

// record/unindented-value (the pasted staff-view layout of spellingShingle) is a layout rule and not asserted here.
test('the DOAJ example record gives only infos from the VuFind rules: Solr-managed fields and the full-date publishDate', () => {
  const text = readFileSync(path.join(repoRoot, 'examples/doaj-article.record'), 'utf8');
  const { findings, failures } = service.check(service.parse(text), defaultSettings);
  expect(failures).toEqual([]);
  expect(findings.filter((finding) => finding.ruleId.startsWith('vufind/')).map((finding) => `${finding.severity} ${finding.ruleId} ${text.slice(finding.span.start, finding.span.end)}`)).toEqual([
    'info vufind/solr-managed-field _version_',
    'info vufind/solr-managed-field author_facet',
    'info vufind/publish-date-not-year 2021-07-01',
    'info vufind/solr-managed-field spelling',
    'info vufind/solr-managed-field spellingShingle',
    'info vufind/solr-managed-field title_fullStr',
    'info vufind/solr-managed-field title_full_unstemmed',
  ]);
});
