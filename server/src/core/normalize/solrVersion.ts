/** Solr's `_version_` = (epoch milliseconds << 20) | a counter for updates in the same millisecond. */
export interface SolrVersionStamp {
  readonly epochMillis: bigint;
  readonly counter: bigint;
  /** The time as ISO 8601 UTC. */
  readonly iso: string;
}

const counterBits = 20n;

/** Decodes a `_version_` value; undefined when it is not a positive integer or the time is out of range. */
export function decodeSolrVersion(text: string): SolrVersionStamp | undefined {
  if (!/^\d+$/.test(text.trim())) return undefined;
  const version = BigInt(text.trim());
  const epochMillis = version >> counterBits;
  const counter = version & ((1n << counterBits) - 1n);
  const time = new Date(Number(epochMillis));
  if (epochMillis === 0n || Number.isNaN(time.getTime())) return undefined;
  return { epochMillis, counter, iso: time.toISOString() };
}
