import { distance } from 'fastest-levenshtein';

/**
 * The candidates closest to `word` by edit distance, best first (ties alphabetical), at most `limit`.
 * Only candidates within a third of the word's length (at least 2 edits) count as plausible.
 */
export function closestMatches(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const allowed = Math.max(2, Math.floor(word.length / 3));
  const scored: Array<{ candidate: string; score: number }> = [];
  for (const candidate of new Set(candidates)) {
    if (candidate === word) continue;
    const score = distance(word, candidate);
    if (score <= allowed) scored.push({ candidate, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0))
    .slice(0, limit)
    .map((entry) => entry.candidate);
}
