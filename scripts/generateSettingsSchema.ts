/**
 * Writes schemas/catalog-records.schema.json (the JSON schema of `.catalog-records.json`) from the rule registry
 * and package.json's settings. Run from the repository root: `npm run settings-schema`.
 * test/cli/settingsSchema.test.ts fails when the committed file differs from what this would write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../server/src/core/index';
import { settingsSchemaJson, settingsSchemaPath } from './settingsSchema/buildSettingsSchema';

const manifest = JSON.parse(readFileSync(path.resolve(process.cwd(), 'package.json'), 'utf8'));
const target = path.resolve(process.cwd(), settingsSchemaPath);
writeFileSync(target, settingsSchemaJson(allRules, manifest.contributes.configuration.properties));
console.log(`wrote ${path.relative(process.cwd(), target)}`);
