import { expect, test } from 'vitest';
import { readSettings } from '../../server/src/core/settings';

test('reads formats and schema, dropping what does not fit', () => {
  expect(readSettings({ rules: { 'vufind/unknown-format': 'error', x: 'loud' }, formats: ['Board Game', 3, ''], schema: ' solr/schema.xml ' }))
    .toEqual({ rules: { 'vufind/unknown-format': 'error' }, format: { fieldOrder: 'keep' }, formats: ['Board Game'], schema: 'solr/schema.xml' });
  expect(readSettings({ formats: 'Book', schema: '  ' })).toEqual({ rules: {}, format: { fieldOrder: 'keep' }, formats: [] });
  expect(readSettings(null)).toEqual({ rules: {}, format: { fieldOrder: 'keep' }, formats: [] });
});
