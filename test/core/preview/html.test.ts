import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { escapeHtml } from '../../../server/src/core/preview/escape';
import { contentSecurityPolicy, renderPreviewPage } from '../../../server/src/core/preview/html';
import { defaultSettings } from '../../../server/src/core/index';
import { hostileRecord } from './hostileRecord';
import { parseRecordTextByChunks } from '../../../server/src/core/parse/recordChunks';
import { BlockText } from '../../../server/src/core/text/blockText';
import { exampleText, previewOf, repoRoot, service } from './previewHelpers';

const page = { nonce: 'n0nce', cspSource: 'https://webview.test' };

describe('renderPreviewPage', () => {
  test('the page carries the strict CSP', () => {
    const html = renderPreviewPage(previewOf(exampleText), page);
    expect(contentSecurityPolicy('n0nce', 'https://webview.test')).toBe(
      "default-src 'none'; style-src https://webview.test 'nonce-n0nce'; script-src 'nonce-n0nce'; img-src https://webview.test data:");
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy('n0nce', 'https://webview.test'))}">`);
  });

  test('stylesheet and script come only from the given URIs, under the nonce', () => {
    const html = renderPreviewPage(previewOf(exampleText), { ...page, styleHref: 'https://webview.test/media/preview.css', scriptSrc: 'https://webview.test/media/preview.js' });
    expect(html).toContain('<link rel="stylesheet" nonce="n0nce" href="https://webview.test/media/preview.css">');
    expect(html).toContain('<script nonce="n0nce" src="https://webview.test/media/preview.js"></script>');
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  test('a nonce or CSP source cannot break out of the policy', () => {
    const html = renderPreviewPage(previewOf(exampleText), { nonce: "x' 'unsafe-inline", cspSource: "https://a.test; script-src *" });
    const policy = /content="([^"]*)"/.exec(html.slice(html.indexOf('Content-Security-Policy')))![1]!.replace(/&#39;/g, "'");
    const directives = policy.split(';').map((directive) => directive.trim().split(/\s+/));
    expect(directives.map(([name]) => name)).toEqual(['default-src', 'style-src', 'script-src', 'img-src']);
    expect(directives[2]).toEqual(['script-src', "'nonce-xunsafe-inline'"]);
  });

  test('the inlined stylesheet cannot close its element', () => {
    const html = renderPreviewPage(previewOf(exampleText), { ...page, styleText: 'p{}</style><script>alert(1)</script>' });
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html.indexOf('<script>')).toBeLessThan(html.indexOf('</style>'));
  });

  test('the example renders its rows with labels and the full-description link', () => {
    const html = renderPreviewPage(previewOf(exampleText), page);
    expect(html).toContain('<h1>Back to Basics: Facilitating the Recognition of Micro-Credentials in Ontario PSE</h1>');
    expect(html).toContain('<th scope="row">Main Author:</th>');
    expect(html).toContain('<a class="full-description" href="#description">Full description</a>');
    expect(html).toContain('<a href="https://jipe.ca/index.php/jipe/article/view/92" rel="noopener noreferrer nofollow">');
  });

  test('a findings row shows its severity icon and message', () => {
    const html = renderPreviewPage(previewOf('title The Hobbit\ntitle_sort the hobbit'), page);
    expect(html).toMatch(/<tr class="row has-warning"[^>]*><th scope="row">title_sort<\/th>/);
    expect(html).toContain('aria-label="warning"');
    expect(html).toContain('title_sort is &quot;the hobbit&quot;');
  });

  test('a hostile record yields no markup of its own, no unsafe link and no remote resource', () => {
    const html = renderPreviewPage(previewOf(hostileRecord), page);
    // Every "<" of a value is escaped, so each tag left in the page is one the renderer wrote.
    const tags = [...html.matchAll(/<[a-z][^>]*>/gi)].map((match) => match[0]);
    const tagNames = new Set(tags.map((tag) => /^<([a-z0-9]+)/i.exec(tag)![1]!.toLowerCase()));
    const rendererTags = new Set(['a', 'body', 'caption', 'code', 'div', 'h1', 'h2', 'head', 'header', 'html', 'li', 'main', 'meta', 'p', 'section', 'span', 'table', 'tbody', 'td', 'th', 'title', 'tr', 'ul']);
    expect([...tagNames].filter((name) => !rendererTags.has(name))).toEqual([]);
    const attributeNames = new Set(tags.flatMap((tag) => [...tag.matchAll(/\s([a-z-]+)=/gi)].map((match) => match[1]!.toLowerCase())));
    expect([...attributeNames].filter((name) => name.startsWith('on') || name === 'src' || name === 'style')).toEqual([]);
    const hrefs = tags.flatMap((tag) => [...tag.matchAll(/\shref="([^"]*)"/g)].map((match) => match[1]));
    expect(hrefs).toEqual(['http://tracker.invalid/pixel.gif']);
  });

  test('a document without records renders a page that says so', () => {
    const preview = service.getPreview(service.parse(''), defaultSettings, 0, page);
    expect(preview).toMatchObject({ recordIndex: -1, recordCount: 0 });
    expect(preview.html).toContain('This document has no record yet.');
  });

  test('the record under the offset is rendered, the first one when the offset is in none', () => {
    const text = 'title One\n\ntitle Two\n';
    const document = service.parse(text);
    expect(service.getPreview(document, defaultSettings, text.indexOf('Two'), page)).toMatchObject({ recordIndex: 1, recordCount: 2 });
    expect(service.getPreview(document, defaultSettings, text.length + 5, page).recordIndex).toBe(0);
    expect(service.getPreview(document, defaultSettings, text.indexOf('Two'), page).html).toContain('Record 2 of 2');
  });

  test('an editor\'s big document: the same page, read chunk by chunk without assembling its records', () => {
    const text = Array.from({ length: 30 }, (_, i) => `id r${i}\ntitle  Title ${i}\ntitle_sort wrong`).join('\n\n');
    const plain = service.parse(text);
    const chunked = parseRecordTextByChunks(BlockText.of(text, 32), service.schema, undefined, 4);
    const getter = Object.getOwnPropertyDescriptor(chunked, 'records')!.get!;
    let assembled = 0;
    Object.defineProperty(chunked, 'records', { get: () => { assembled++; return getter.call(chunked); } });
    for (const offset of [0, text.indexOf('Title 17'), text.length + 3]) {
      expect(service.getPreview(chunked, defaultSettings, offset, page)).toEqual(service.getPreview(plain, defaultSettings, offset, page));
    }
    expect(service.getPreview(chunked, defaultSettings, text.indexOf('Title 17'), page)).toMatchObject({ recordIndex: 17, recordCount: 30 });
    expect(assembled).toBe(0);
  });

  test('media/preview.css themes with VS Code variables and a fallback for each', () => {
    const css = readFileSync(path.join(repoRoot, 'media/preview.css'), 'utf8');
    const uses = [...css.matchAll(/var\(--vscode-[a-zA-Z-]+(,?)/g)];
    expect(uses.length).toBeGreaterThan(10);
    expect(uses.filter((use) => use[1] !== ',')).toEqual([]);
    expect(css).not.toMatch(/url\(|@import/);
  });
});

describe('escapeHtml', () => {
  test.each([
    ['<b>&"\'', '&lt;b&gt;&amp;&quot;&#39;'],
    ['plain', 'plain'],
    ['&amp;', '&amp;amp;'],
  ])('%j → %j', (input, output) => expect(escapeHtml(input)).toBe(output));
});

test('a standalone page names no origin in its CSP, only the nonce', () => {
  expect(contentSecurityPolicy('n0nce', "'none'")).toBe("default-src 'none'; style-src 'nonce-n0nce'; script-src 'nonce-n0nce'; img-src data:");
  expect(contentSecurityPolicy('n0nce', '')).toBe("default-src 'none'; style-src 'nonce-n0nce'; script-src 'nonce-n0nce'; img-src data:");
});
