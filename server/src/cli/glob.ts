/** Glob patterns as `catrec` understands them: `*` and `?` within one path segment, `**` across segments. */

const globCharacters = /[*?]/;

export function isGlob(pattern: string): boolean {
  return globCharacters.test(pattern);
}

/** Splits a pattern into the directory to walk (no glob characters) and the rest, both with "/" separators. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.replace(/\\/g, '/').split('/');
  const firstGlob = segments.findIndex((segment) => isGlob(segment));
  const baseSegments = segments.slice(0, firstGlob);
  const base = baseSegments.length === 0 ? '.' : baseSegments.join('/') || '/';
  return { base, rest: segments.slice(firstGlob).join('/') };
}

/** Compiles a pattern (relative, "/"-separated) to a matcher for "/"-separated relative paths. */
export function globMatcher(pattern: string): (relativePath: string) => boolean {
  const segments = pattern.split('/').filter((segment) => segment !== '');
  let source = '';
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === '**') {
      source += last ? '.*' : '(?:[^/]+/)*';
      return;
    }
    source += segmentSource(segment) + (last ? '' : '/');
  });
  const regex = new RegExp(`^${source}$`);
  return (relativePath) => regex.test(relativePath);
}

function segmentSource(segment: string): string {
  let source = '';
  for (const character of segment) {
    if (character === '*') source += '[^/]*';
    else if (character === '?') source += '[^/]';
    else source += character.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
  }
  return source;
}
