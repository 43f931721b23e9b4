import { fieldsNamed, firstField } from '../../model/record';
import type { Rule } from '../rule';

/** Fields VuFind renders as links or loads as images. */
const urlFields = ['url', 'thumbnail'];
const linkSchemes = new Set(['http:', 'https:', 'ftp:']);
/** Schemes that run code or embed content when a patron clicks the link. */
const dangerousSchemes = new Set(['javascript:', 'data:', 'vbscript:']);

export const rule: Rule = {
  id: 'vufind/invalid-url',
  defaultSeverity: 'warning',
  description: 'A url or thumbnail that is not an absolute http, https or ftp address; javascript:, data: and vbscript: are errors.',
  checkRecord(record, context) {
    // Two lookups in the record's index rather than a set lookup for each of its fields; findings are sorted by span.
    for (const name of urlFields) {
      if (!firstField(record, name)) continue;
      for (const field of fieldsNamed(record, name)) {
        for (const value of field.values) {
          const text = value.text.trim();
          if (text === '') continue; // record/empty-value reports these
          const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(text.replace(/[\s\u0000-\u001f]/g, ''))?.[1]?.toLowerCase();
          if (scheme && dangerousSchemes.has(scheme)) {
            context.report({
              span: value.span,
              severity: 'error',
              message: `"${scheme}" links run code or embed content in the patron's browser; VuFind prints ${field.name} as a link. Use an http(s) address.`,
            });
            continue;
          }
          if (!URL.canParse(text)) {
            const hint = /^www\./i.test(text) ? ` Add the scheme: "https://${text}".` : '';
            context.report({ span: value.span, message: `"${text}" is not an absolute URL, so the link VuFind shows leads nowhere.${hint}` });
            continue;
          }
          const protocol = new URL(text).protocol;
          if (!linkSchemes.has(protocol)) {
            context.report({ span: value.span, message: `"${protocol}" addresses do not open in a browser; ${field.name} should be http, https or ftp.` });
          }
        }
      }
    }
  },
};
