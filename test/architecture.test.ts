import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(__dirname, '..');

/** What the pure core may import from outside itself: data types and parsers, nothing with I/O. */
const coreAllowList = new Set([
  'vscode-languageserver-types',
  'vscode-languageserver-textdocument',
  'jsonc-parser',
  'fastest-levenshtein',
  'isbn3',
  'saxes',
]);

/** Globals that reach the clock, timers, the process or the network. */
const forbiddenGlobals = /\b(setTimeout|setInterval|setImmediate|queueMicrotask|Date\.now|new Date\(\)|performance\.now|process\.|require\(|fetch\()/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)) specifiers.push(match[1]!);
  for (const match of source.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)) specifiers.push(match[1]!);
  for (const match of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(match[1]!);
  return specifiers;
}

const coreDir = path.join(root, 'server/src/core');

describe('architecture', () => {
  test.each(sourceFiles(coreDir).map((file) => [path.relative(root, file)]))('%s stays inside the pure core', (relative) => {
    const file = path.join(root, relative);
    const source = readFileSync(file, 'utf8');
    for (const specifier of importsOf(source)) {
      if (specifier.startsWith('.')) {
        const target = path.resolve(path.dirname(file), specifier);
        expect(target.startsWith(coreDir), `${relative} imports ${specifier}, outside the core`).toBe(true);
      } else {
        const packageName = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
        expect(coreAllowList.has(packageName), `${relative} imports "${specifier}", not on the core allow list`).toBe(true);
      }
    }
    expect(source.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')).not.toMatch(forbiddenGlobals);
  });

  test('the client imports no core module: it only starts the server', () => {
    for (const file of sourceFiles(path.join(root, 'client/src'))) {
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        expect(specifier.includes('server/src/core'), `${file} imports ${specifier}`).toBe(false);
      }
    }
  });

  test('the only server module the client imports is protocol.ts', () => {
    for (const file of sourceFiles(path.join(root, 'client/src'))) {
      for (const specifier of importsOf(readFileSync(file, 'utf8')).filter((s) => s.startsWith('.'))) {
        const target = path.resolve(path.dirname(file), specifier);
        if (!target.startsWith(path.join(root, 'server'))) continue;
        expect(path.relative(root, target), `${file} imports ${specifier}`).toBe('server/src/protocol');
      }
    }
  });
});
