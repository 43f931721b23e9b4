import { describe } from 'vitest';
import { ruleTester } from '../../../helpers/ruleTester';
import { rule } from '../../../../server/src/core/rules/vufind/invalid-value-type';

describe('vufind/invalid-value-type', () => {
  ruleTester(rule, {
    valid: [
      'first_indexed 2025-08-20T03:21:22Z',
      'last_indexed 2025-08-20T03:21:22.123Z',
      'created_date 2024-02-29T23:59:59Z',
      'open_boolean true',
      'open_boolean false',
      'long_lat 43.65,-79.38',
      'long_lat -79.38 43.65',
      'long_lat ENVELOPE(-80, -79, 44, 43)',
      'place_geo POINT(-79.38 43.65)',
      // _version_ is vufind/invalid-version's business.
      '_version_ abc',
      'title 2025-13-01',
    ],
    invalid: [
      { code: 'first_indexed ⟦2021-07-01⟧', messages: ['"2021-07-01" is not valid for first_indexed (date): Solr expects an ISO-8601 UTC timestamp like 2025-08-20T03:21:22Z (time and the final Z are required). Write 2021-07-01T00:00:00Z for a whole day.'] },
      { code: 'first_indexed ⟦2025-08-20 03:21:22⟧', messages: ['ISO-8601 UTC timestamp'] },
      { code: 'first_indexed ⟦2023-02-29T00:00:00Z⟧', messages: ['not a real date'] },
      { code: 'first_indexed ⟦NOW/DAY⟧', messages: ['date math'] },
      { code: 'open_boolean ⟦yes⟧', messages: ['reads it as false (BoolField looks only at the first character'] },
      { code: 'open_boolean ⟦TRUE⟧', messages: ['reads it as true'] },
      { code: 'long_lat ⟦95,10⟧', messages: ['latitude 95 is outside -90 … 90'] },
      { code: 'long_lat ⟦ENVELOPE(-80, -79, 43, 44)⟧', messages: ['maxY 43 is below its minY 44'] },
      { code: 'long_lat ⟦Toronto⟧', messages: ['"lat,lon"'] },
    ],
  });
});
