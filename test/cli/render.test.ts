import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { catrec, workspace } from './catrec';

const repoRoot = path.resolve(__dirname, '../..');
const example = readFileSync(path.join(repoRoot, 'examples/doaj-article.record'), 'utf8');

/** The Content-Security-Policy of a page, unescaped. */
function cspOf(html: string): string {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  expect(match).not.toBeNull();
  return match![1]!.replace(/&#39;/g, "'");
}

/** The rows of the Bibliographic Details table: label → the values' text. */
function detailRows(html: string): Record<string, string> {
  const table = /<table class="details">([\s\S]*?)<\/table>/.exec(html)![1]!;
  const rows: Record<string, string> = {};
  for (const [, label, cell] of table.matchAll(/<th scope="row">([^<]*)<\/th><td>([\s\S]*?)<\/td><\/tr>/g)) {
    rows[label!] = cell!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  }
  return rows;
}

describe('catrec render', () => {
  test('the example as a standalone page: the Bibliographic Details rows, a nonce CSP, nothing loaded from anywhere', () => {
    const run = catrec(['render', 'doaj-article.record'], { cwd: workspace({ 'doaj-article.record': example }) });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const html = run.stdout;
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<h1>Back to Basics: Facilitating the Recognition of Micro-Credentials in Ontario PSE</h1>');
    expect(html).toContain('<caption class="sr-only">Bibliographic Details</caption>');
    expect(detailRows(html)).toMatchObject({
      'Main Author:': 'Roger Pizarro Milian',
      'Format:': 'Article',
      'Language:': 'English',
      'Series:': 'Journal of Innovation in Polytechnic Education',
      'Online Access:': 'https://jipe.ca/index.php/jipe/article/view/92',
    });
    // Findings sit beside their rows, as in the editor.
    expect(detailRows(html)['Published:']).toMatch(/^Humber Press 2021-07-01 .* vufind\/publish-date-not-year$/);

    const csp = cspOf(html);
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)![1]!;
    expect(nonce.length).toBeGreaterThanOrEqual(16);
    expect(csp).toMatch(/^default-src 'none'; /);
    expect(csp).not.toMatch(/https?:|\*|'unsafe-/);
    // The stylesheet is inlined under the nonce; no element loads anything.
    expect(html).toContain(`<style nonce="${nonce}">`);
    expect(html).toContain('.record-heading');
    expect(html).not.toMatch(/<link|<script|<img|<iframe|\ssrc=/);
    // A fresh nonce per page.
    const again = catrec(['render', 'doaj-article.record'], { cwd: workspace({ 'doaj-article.record': example }) }).stdout;
    expect(cspOf(again)).not.toBe(csp);
  });

  test('-o writes the page atomically and prints nothing', () => {
    const cwd = workspace({ 'doaj-article.record': example });
    const run = catrec(['render', 'doaj-article.record', '-o', 'page.html'], { cwd });
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(path.join(cwd, 'page.html'), 'utf8')).toContain('<caption class="sr-only">Bibliographic Details</caption>');
    expect(readdirSync(cwd).sort()).toEqual(['doaj-article.record', 'page.html']);
  });

  const twoRecords = {
    'two.record': 'id first\ntitle First Title\n\nid second\ntitle Second Title\n',
    'two.solr.json': '[{"id": "first", "title": "First Title"}, {"id": "second", "title": "Second Title"}]',
    'two.jsonl': '{"id": "first", "title": "First Title"}\n{"id": "second", "title": "Second Title"}\n',
    'two.xml': '<add><doc><field name="id">first</field><field name="title">First Title</field></doc>'
      + '<doc><field name="id">second</field><field name="title">Second Title</field></doc></add>',
  };

  test.each(Object.keys(twoRecords))('%s: the first record by default, --record <id> picks another', (name) => {
    const cwd = workspace(twoRecords);
    expect(catrec(['render', name], { cwd }).stdout).toContain('<h1>First Title</h1>');
    const second = catrec(['render', name, '--record', 'second'], { cwd });
    expect(second.stdout).toContain('<h1>Second Title</h1>');
    expect(second.stdout).toContain('Record 2 of 2');
  });

  test('standard input in --stdin-format', () => {
    const run = catrec(['render', '--stdin-format', 'json', '-'], { cwd: workspace(), input: twoRecords['two.solr.json'] });
    expect(run.stdout).toContain('<h1>First Title</h1>');
  });

  test.each([
    [['render', 'two.record', '--record', 'third'], 'two.record has no record with id "third"'],
    [['render'], 'render needs a file'],
    [['render', 'two.record', 'two.xml'], 'render reads one file'],
    [['render', '.'], 'is a directory'],
    [['render', 'missing.record'], 'no such file'],
  ])('%j: exit 2, nothing written', (args, message) => {
    const cwd = workspace(twoRecords);
    const run = catrec([...args, '-o', 'page.html'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(readdirSync(cwd)).not.toContain('page.html');
  });

  test('a hostile record is escaped: no markup, script or link target of its own gets through', () => {
    const hostile = JSON.stringify([{
      id: 'x"><script>alert(1)</script>',
      title: '</title><script>alert(1)</script><img src=x onerror=alert(2)>',
      author: ['<iframe src="https://evil.example/"></iframe>'],
      url: ['javascript:alert(3)', 'https://ok.example/a?b=1&c="2"'],
      '"><style>*{}</style>': ['x'],
    }]);
    const run = catrec(['render', 'hostile.solr.json'], { cwd: workspace({ 'hostile.solr.json': hostile }) });
    expect(run.status).toBe(0);
    const body = run.stdout.slice(run.stdout.indexOf('<body'));
    expect(body).not.toMatch(/<script|<img|<iframe|<style|javascript:alert\(3\)"/);
    expect(body).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(body).not.toMatch(/href="javascript:/);
    expect(run.stdout.match(/<title>[^<]*<\/title>/)![0]).toContain('&lt;/title&gt;');
    expect(run.stdout.match(/<script|<style/g)).toEqual(['<style']);
  });
});
