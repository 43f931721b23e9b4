import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createCatalogService, defaultSettings } from '../../../server/src/core/index';
import { type PreviewModel, buildPreviewModel } from '../../../server/src/core/preview/viewModel';
import type { PreviewRow } from '../../../server/src/core/preview/viewModel';

export const service = createCatalogService();
export const repoRoot = path.resolve(__dirname, '../../..');
export const exampleText = readFileSync(path.join(repoRoot, 'examples/doaj-article.record'), 'utf8');

/** The preview model of the first record of `.record` text, with every default rule's findings. */
export function previewOf(text: string): PreviewModel {
  const document = service.parse(text);
  const record = document.records[0];
  if (!record) throw new Error(`no record in ${JSON.stringify(text)}`);
  const findings = service.check(document, defaultSettings).findings;
  return buildPreviewModel({ record, findings, recordCount: document.records.length });
}

/** Rows as [label, values] pairs: what a reader sees. */
export function table(rows: readonly PreviewRow[]): [string, string[]][] {
  return rows.map((row) => [row.label, row.values.map((value) => value.text)]);
}
