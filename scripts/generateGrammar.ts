/**
 * Writes syntaxes/vufind-record.tmLanguage.json from the schema data. Run from the repository root:
 * `npm run grammar` (esbuild bundles this file, node runs it). test/grammar/generatedGrammar.test.ts fails
 * when the committed file differs from what this would write.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { vufindBiblioSchemaData } from '../server/src/core/schema/vufindBiblio';
import { grammarJson } from './grammar/buildGrammar';

const grammarPath = 'syntaxes/vufind-record.tmLanguage.json';

const target = path.resolve(process.cwd(), grammarPath);
writeFileSync(target, grammarJson(vufindBiblioSchemaData));
console.log(`wrote ${path.relative(process.cwd(), target)}`);
