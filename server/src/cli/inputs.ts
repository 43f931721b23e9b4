import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { DocumentFormat } from '../core/model/document';
import { formatOfNamedFile, isDiscovered } from './fileTypes';
import { globMatcher, isGlob, splitGlob } from './glob';
import { UsageError } from './usageError';

/** One thing to read: a file on disk or standard input, with the format it is parsed as. */
export type Input =
  | { readonly kind: 'file'; readonly absolutePath: string; readonly displayPath: string; readonly format: DocumentFormat }
  | { readonly kind: 'stdin'; readonly displayPath: string; readonly format: DocumentFormat };

export const stdinDisplayPath = '<stdin>';

/**
 * Expands the command-line operands, in order, without duplicates: files as given, directories recursed
 * for supported file types, globs matched against supported files. Missing paths are usage errors.
 */
export async function resolveInputs(operands: readonly string[], cwd: string, stdinFormat: DocumentFormat): Promise<Input[]> {
  const inputs: Input[] = [];
  const seen = new Set<string>();
  const addFile = (absolutePath: string) => {
    if (seen.has(absolutePath)) return;
    seen.add(absolutePath);
    inputs.push({ kind: 'file', absolutePath, displayPath: displayPathOf(absolutePath, cwd), format: formatOfNamedFile(absolutePath) });
  };
  for (const operand of operands) {
    if (operand === '-') {
      if (!seen.has(stdinDisplayPath)) inputs.push({ kind: 'stdin', displayPath: stdinDisplayPath, format: stdinFormat });
      seen.add(stdinDisplayPath);
      continue;
    }
    if (isGlob(operand)) {
      const matches = await expandGlob(operand, cwd);
      if (matches.length === 0) throw new UsageError(`no supported files match "${operand}"`);
      matches.forEach(addFile);
      continue;
    }
    const absolute = path.resolve(cwd, operand);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new UsageError(`cannot read "${operand}": no such file or directory`);
    if (info.isDirectory()) (await supportedFilesUnder(absolute)).forEach(addFile);
    else addFile(absolute);
  }
  return inputs;
}

function displayPathOf(absolutePath: string, cwd: string): string {
  const relative = path.relative(cwd, absolutePath);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolutePath : relative;
}

/** Discovered file types below `directory`, sorted by path; hidden entries and node_modules are skipped. */
async function supportedFilesUnder(directory: string): Promise<string[]> {
  return (await filesUnder(directory)).filter(isDiscovered);
}

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const visible = entries
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const nested = await Promise.all(visible.map(async (entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return entry.isFile() ? [full] : [];
  }));
  return nested.flat();
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const { base, rest } = splitGlob(pattern);
  const baseDirectory = path.resolve(cwd, base);
  const info = await stat(baseDirectory).catch(() => undefined);
  if (!info?.isDirectory()) return [];
  const matches = globMatcher(rest);
  const files = await supportedFilesUnder(baseDirectory);
  return files.filter((file) => matches(path.relative(baseDirectory, file).split(path.sep).join('/')));
}
