import { stripArticles } from './titleSort';

/** VuFind truncates each normalised key part to this many characters. */
const maxKeyPartLength = 255;

/**
 * The work-key normalisation of VuFind's default rules (`:: NFD; :: lower; :: Latin; :: [^[:letter:] [:number:]]
 * Remove; :: NFKC;`) for Latin-script text: ICU's Any-Latin step has no JavaScript equivalent, so other scripts
 * are kept as they are.
 */
export function normalizeWorkKeyPart(text: string): string {
  const kept = text.normalize('NFD').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '').normalize('NFKC');
  return kept.toLowerCase().slice(0, maxKeyPartLength);
}

/**
 * `work_keys_str_mv` as the XSLT importers compute it (VuFindWorkKeys::getWorkKeys): no uniform title,
 * titles = the title and its article-stripped form, one `AT <author> <title>` key per distinct title and author.
 */
export function workKeysXslt(title: string, authors: readonly string[]): string[] {
  const titles = [...new Set([title, stripArticles(title)].map(normalizeWorkKeyPart))].filter((part) => part !== '');
  const keys = titles.flatMap((titlePart) => authors
    .filter((author) => author !== '')
    .map((author) => `AT ${normalizeWorkKeyPart(author)} ${titlePart}`));
  return [...new Set(keys)];
}
