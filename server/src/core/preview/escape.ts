/**
 * The only way text reaches preview HTML. Escapes the five characters that can end text or an attribute
 * value, so the same function serves element content and double- or single-quoted attributes alike.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEntities[character]!);
}

const htmlEntities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Schemes a catalog link may use; anything else (`javascript:`, `data:`, `file:`, relative paths) stays text. */
const linkSchemes = new Set(['http:', 'https:', 'mailto:']);

/**
 * The value as a link target when it is an absolute http(s) or mailto URL, else undefined.
 * Control characters and spaces are refused because browsers strip them before reading the scheme.
 */
export function safeLinkTarget(value: string): string | undefined {
  const candidate = value.trim();
  if (candidate === '' || /[\u0000-\u0020\u007f-\u009f]/.test(candidate)) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(candidate)?.[1]?.toLowerCase();
  if (!scheme || !linkSchemes.has(scheme)) return undefined;
  if (scheme !== 'mailto:' && !/^https?:\/\/[^/]/i.test(candidate)) return undefined;
  return candidate;
}
