import { once } from 'node:events';
import type { ReportPart } from './format/report';

/** All of a stream's bytes (standard input). */
export async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/**
 * Writes text or byte chunks, then waits while the stream's buffer is full: a slow reader slows us down instead of
 * filling memory.
 */
export async function writeInTurn(stream: NodeJS.WritableStream, text: ReportPart): Promise<void> {
  let flowing = true;
  for (const piece of typeof text === 'string' ? [text] : text) {
    if (piece.length > 0) flowing = stream.write(piece);
  }
  if (!flowing) await once(stream, 'drain');
}
