import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

export const sharedDir = path.resolve(__dirname, '../../../shared');
export const blenderDir = path.join(sharedDir, 'corpus/vufind/module/VuFindSearch/tests/fixtures/blender/response/solr');

/** The real VuFind Solr responses: file name and text. */
export function blenderResponses(): Array<{ name: string; text: string }> {
  return readdirSync(blenderDir).filter((name) => name.endsWith('.json')).sort()
    .map((name) => ({ name, text: readFileSync(path.join(blenderDir, name), 'utf8') }));
}
