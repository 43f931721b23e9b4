import { once } from 'node:events';

/** All of a stream's bytes (standard input). */
export async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Writes, then waits while the stream's buffer is full: a slow reader slows us down instead of filling memory. */
export async function writeInTurn(stream: NodeJS.WritableStream, text: string | Uint8Array): Promise<void> {
  if (text.length === 0 || stream.write(text)) return;
  await once(stream, 'drain');
}
