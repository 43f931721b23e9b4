import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createCatalogService, defaultSettings } from '../../server/src/core/index';
import { hostileRecord } from '../core/preview/hostileRecord';

const repoRoot = path.resolve(__dirname, '../..');
const artifacts = path.join(repoRoot, 'test/artifacts');
const chromiumPath = '/usr/bin/chromium';
/** Stands in for the webview's resource origin: the page, preview.css and preview.js are served from here. */
const origin = 'https://preview.test';
const service = createCatalogService();
const exampleText = readFileSync(path.join(repoRoot, 'examples/doaj-article.record'), 'utf8');

/** What acquireVsCodeApi gives the webview, recorded on window and kept in sessionStorage across reloads. */
const fakeVsCodeApi = `
  window.__posted = [];
  window.acquireVsCodeApi = () => ({
    postMessage: (message) => window.__posted.push(message),
    getState: () => JSON.parse(sessionStorage.getItem('state') ?? 'null') ?? undefined,
    setState: (state) => sessionStorage.setItem('state', JSON.stringify(state)),
  });`;

interface LoadedPage {
  readonly page: Page;
  /** Requests for anything but the page, its stylesheet and its script. */
  readonly foreignRequests: string[];
  /** Dialogs opened and console messages logged: a script that ran, or a CSP violation. */
  readonly events: string[];
}

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(chromiumPath)) {
    throw new Error(`The preview browser test needs Debian's Chromium at ${chromiumPath} (apt-get install chromium).`);
  }
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  mkdirSync(artifacts, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

function previewHtml(text: string, offset = 0): string {
  return service.getPreview(service.parse(text), defaultSettings, offset, {
    nonce: 'dGVzdC1ub25jZQ==',
    cspSource: origin,
    styleHref: `${origin}/media/preview.css`,
    scriptSrc: `${origin}/media/preview.js`,
  }).html;
}

async function load(html: string, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<LoadedPage> {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
  const foreignRequests: string[] = [];
  const events: string[] = [];
  page.on('dialog', (dialog) => {
    events.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => events.push(`console ${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => events.push(`page error: ${error.message}`));
  await page.addInitScript(fakeVsCodeApi);
  const media: Record<string, { file: string; contentType: string }> = {
    [`${origin}/media/preview.css`]: { file: 'media/preview.css', contentType: 'text/css' },
    [`${origin}/media/preview.js`]: { file: 'media/preview.js', contentType: 'text/javascript' },
  };
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === `${origin}/preview.html`) return route.fulfill({ body: html, contentType: 'text/html' });
    const asset = media[url];
    if (asset) return route.fulfill({ body: readFileSync(path.join(repoRoot, asset.file)), contentType: asset.contentType });
    foreignRequests.push(url);
    return route.abort();
  });
  await page.goto(`${origin}/preview.html`);
  await page.waitForLoadState('load');
  return { page, foreignRequests, events };
}

async function detailRows(page: Page): Promise<[string, string][]> {
  return page.$$eval('table.details tr', (rows) => rows.map((row) => [
    row.querySelector('th')!.textContent!.trim(),
    [...row.querySelectorAll('td .value')].map((value) => value.textContent!.trim()).join(' | '),
  ] as [string, string]));
}

describe('the preview page in Chromium', () => {
  test('the example record reads like its VuFind page', async () => {
    const { page, foreignRequests, events } = await load(previewHtml(exampleText));
    expect(await page.textContent('h1')).toBe('Back to Basics: Facilitating the Recognition of Micro-Credentials in Ontario PSE');
    expect(await detailRows(page)).toEqual([
      ['Main Author:', 'Roger Pizarro Milian'],
      ['Format:', 'Article'],
      ['Language:', 'English'],
      ['Published:', 'Humber Press 2021-07-01'],
      ['Series:', 'Journal of Innovation in Polytechnic Education'],
      ['Online Access:', 'https://jipe.ca/index.php/jipe/article/view/92'],
    ]);
    expect(await page.getAttribute('table.details a', 'href')).toBe('https://jipe.ca/index.php/jipe/article/view/92');
    // The stylesheet applied: the Bibliographic Details caption is visually hidden as in VuFind.
    expect(await page.$eval('table.details caption', (caption) => getComputedStyle(caption).position)).toBe('absolute');
    expect(foreignRequests).toEqual([]);
    expect(events).toEqual([]);
    await page.screenshot({ path: path.join(artifacts, 'preview-example.png'), fullPage: true });
    await page.close();
  });

  test('the page follows a dark color scheme when no VS Code theme is present', async () => {
    const { page } = await load(previewHtml(exampleText), { colorScheme: 'dark' });
    const background = await page.$eval('body', (body) => getComputedStyle(body).backgroundColor);
    expect(background).toBe('rgb(13, 17, 23)');
    await page.screenshot({ path: path.join(artifacts, 'preview-example-dark.png') });
    await page.close();
  });

  test('"Full description" jumps to the description without a script', async () => {
    const { page } = await load(previewHtml(exampleText));
    await page.click('a.full-description');
    expect(page.url()).toBe(`${origin}/preview.html#description`);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.close();
  });

  test('clicking a value or a row asks the editor to reveal its source', async () => {
    const { page } = await load(previewHtml(exampleText));
    await page.click('table.details tr:first-child .value');
    await page.click('table.staff tr:has(th:text-is("title_sort")) th');
    const posted = await page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted);
    const valueStart = exampleText.indexOf('Roger Pizarro Milian');
    const titleSortStart = exampleText.indexOf('title_sort ');
    expect(posted).toEqual([
      { type: 'reveal', start: valueStart, end: valueStart + 'Roger Pizarro Milian'.length },
      { type: 'reveal', start: titleSortStart, end: exampleText.indexOf('\n', titleSortStart) },
    ]);
    await page.close();
  });

  test('a re-render of the same record keeps the scroll position; another record starts at the top', async () => {
    const { page } = await load(previewHtml(exampleText));
    await page.evaluate(() => window.scrollTo(0, 500));
    await page.waitForFunction(() => sessionStorage.getItem('state')?.includes('"scrollY":500'));
    await page.reload();
    expect(await page.evaluate(() => window.scrollY)).toBe(500);
    await page.close();

    const other = await load(previewHtml(`${exampleText}\n\ntitle Other\n`, exampleText.length + 4));
    await other.page.evaluate(() => sessionStorage.setItem('state', JSON.stringify({ recordIndex: '0', scrollY: 500 })));
    await other.page.reload();
    expect(await other.page.evaluate(() => window.scrollY)).toBe(0);
    await other.page.close();
  });

  test('a record that shows a finding marks its row with the severity icon and message', async () => {
    const { page } = await load(previewHtml('title The Hobbit\ntitle_sort the hobbit\n'));
    const row = page.locator('table.staff tr', { has: page.locator('th', { hasText: /^title_sort$/ }) });
    expect(await row.locator('.diagnostic .icon').getAttribute('aria-label')).toBe('warning');
    expect(await row.locator('.diagnostic .message').textContent()).toBe('title_sort is "the hobbit", but VuFind computes "hobbit" from the title.');
    await page.screenshot({ path: path.join(artifacts, 'preview-finding.png') });
    await page.close();
  });

  const hostileChecks = async ({ page, foreignRequests, events }: LoadedPage) => {
    // Give any injected handler (onerror, onload) a chance to fire before looking.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(events).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(await page.$$eval('img, iframe, svg, style, object, embed', (elements) => elements.length)).toBe(0);
    expect(await page.$$eval('script', (scripts) => scripts.map((script) => script.getAttribute('src')))).toEqual([`${origin}/media/preview.js`]);
    expect(await page.$$eval('a[href]', (links) => links.map((link) => link.getAttribute('href')))).toEqual(['http://tracker.invalid/pixel.gif']);
    expect(await page.textContent('h1')).toContain('<script>');
  };

  test('a hostile record runs no script and loads nothing', async () => {
    const loaded = await load(previewHtml(hostileRecord));
    await hostileChecks(loaded);
    await loaded.page.screenshot({ path: path.join(artifacts, 'preview-hostile.png'), fullPage: true });
    await loaded.page.close();
  });

  test('escaping alone holds: the hostile record without the CSP still runs nothing', async () => {
    const withoutPolicy = previewHtml(hostileRecord).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    expect(withoutPolicy).not.toContain('Content-Security-Policy');
    const loaded = await load(withoutPolicy);
    await hostileChecks(loaded);
    await loaded.page.close();
  });
});
