import { readFile, readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type RecordDocument, WorkspaceRecordIndex } from '../core/index';
import { runInSteps } from './steps';

/** Bounds that keep a huge workspace from stalling the server. */
export interface WorkspaceScanLimits {
  readonly maxFiles: number;
  readonly maxFileBytes: number;
}

export const defaultScanLimits: WorkspaceScanLimits = { maxFiles: 5000, maxFileBytes: 5 * 1024 * 1024 };

const recordExtension = '.record';
/** About 4 ms of describing records: how long a keystroke may wait for workspace indexing. */
const recordsPerIndexingStep = 100;
const skippedDirectories = new Set(['node_modules', '.git']);

export type FileChange = { readonly uri: string; readonly kind: 'created' | 'changed' | 'deleted' };

/**
 * The workspace's `.record` files for the core: read from disk, but an open document always wins over its file.
 * URIs are canonical `file:` URLs so that an editor's spelling and the disk's agree.
 */
export class WorkspaceIndex {
  readonly records = new WorkspaceRecordIndex();
  readonly #open = new Set<string>();

  constructor(
    readonly parse: (text: string) => RecordDocument,
    readonly onChange: () => void = () => {},
    readonly limits: WorkspaceScanLimits = defaultScanLimits,
  ) {}

  /** Reads every `.record` file below the folders (skipping node_modules and .git) that is not open. */
  async scan(folderUris: readonly string[]): Promise<number> {
    const files: string[] = [];
    for (const folder of folderUris) {
      if (!folder.startsWith('file:')) continue;
      await collectRecordFiles(fileURLToPath(folder), files, this.limits.maxFiles);
    }
    for (const file of files) await this.#readFromDisk(pathToFileURL(file).href);
    this.onChange();
    return files.length;
  }

  /** An open document's current text replaces its file. */
  opened(uri: string, document: RecordDocument): void {
    const key = canonicalUri(uri);
    this.#open.add(key);
    this.records.setDocument(key, document);
    this.onChange();
  }

  /**
   * `opened`, a few hundred records at a time with other work (keystrokes) in between: describing a 50k-record
   * document takes seconds. Stops, changing nothing, as soon as `stillWanted` says a newer version came.
   */
  async openedInSteps(uri: string, document: RecordDocument, stillWanted: () => boolean): Promise<boolean> {
    const key = canonicalUri(uri);
    this.#open.add(key);
    const done = await runInSteps(this.records.settingDocument(key, document, recordsPerIndexingStep), stillWanted);
    if (done) this.onChange();
    return done !== undefined;
  }

  /** A closed document goes back to what its file says (or away, when it has no file). */
  async closed(uri: string): Promise<void> {
    const key = canonicalUri(uri);
    this.#open.delete(key);
    this.records.deleteDocument(key);
    await this.#readFromDisk(key);
    this.onChange();
  }

  async filesChanged(changes: readonly FileChange[]): Promise<void> {
    for (const change of changes) {
      const key = canonicalUri(change.uri);
      if (!key.endsWith(recordExtension) || this.#open.has(key)) continue;
      if (change.kind === 'deleted') this.records.deleteDocument(key);
      else await this.#readFromDisk(key);
    }
    this.onChange();
  }

  async #readFromDisk(uri: string): Promise<void> {
    if (!uri.startsWith('file:') || this.#open.has(uri)) return;
    try {
      const file = fileURLToPath(uri);
      const info = await stat(file);
      if (!info.isFile() || info.size > this.limits.maxFileBytes) {
        this.records.deleteDocument(uri);
        return;
      }
      const text = await readFile(file, 'utf8');
      // The file may have been opened while it was read.
      if (!this.#open.has(uri)) this.records.setDocument(uri, this.parse(text));
    } catch {
      this.records.deleteDocument(uri);
    }
  }
}

/** `file:` URIs as Node spells them (VS Code escapes some characters differently); other schemes as given. */
export function canonicalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

async function collectRecordFiles(directory: string, into: string[], maxFiles: number): Promise<void> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (into.length >= maxFiles) return;
    const full = path.join(directory, entry.name);
    if (entry.isDirectory() && !skippedDirectories.has(entry.name)) await collectRecordFiles(full, into, maxFiles);
    else if (entry.isFile() && entry.name.endsWith(recordExtension)) into.push(full);
  }
}
