import { constants } from 'node:fs';
import { access, open, rename, stat, unlink } from 'node:fs/promises';
import * as path from 'node:path';

/** Where the new content is written before it replaces the file: same directory, so the rename is atomic. */
export function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.catrec-tmp`);
}

/**
 * Replaces `file` with `text` (UTF-8) atomically, keeping its mode. Refuses read-only files and
 * directories by their permission bits too, so running as root does not overwrite what a user protected.
 * On failure the file is untouched and the temp file removed; the error says why.
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const info = await stat(file);
  await assertWritable(file, info.mode, 'the file is read-only');
  await writeThroughTemp(file, text, info.mode & 0o7777);
}

/**
 * Writes an output file (`-o`) atomically: a new file gets the usual mode (0666 less the umask), an existing one
 * is replaced as `writeFileAtomic` replaces it. A reader never sees half a file.
 */
export async function writeOutputAtomic(file: string, text: string): Promise<void> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (info?.isDirectory()) throw new Error('it is a directory');
  if (info) await writeFileAtomic(file, text);
  else await writeThroughTemp(file, text, undefined);
}

/** Writes the temp file beside `file` and renames it over `file`; `mode` undefined leaves the new file's mode to the umask. */
async function writeThroughTemp(file: string, text: string, mode: number | undefined): Promise<void> {
  const directory = path.dirname(file);
  await assertWritable(directory, (await stat(directory)).mode, 'its directory is read-only');
  const temp = tempPathFor(file);
  const handle = await open(temp, 'wx', mode ?? 0o666).catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'EEXIST' || error.code === 'EISDIR'
      ? `${temp} is in the way (remove it and run again)`
      : `cannot create ${temp}: ${error.message}`);
  });
  try {
    try {
      await handle.writeFile(text, 'utf8');
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

const anyWriteBit = 0o222;

async function assertWritable(target: string, mode: number, reason: string): Promise<void> {
  const accessible = await access(target, constants.W_OK).then(() => true, () => false);
  if (!accessible || (mode & anyWriteBit) === 0) throw new Error(reason);
}
