/**
 * A small ISO 2709 (binary MARC) decoder for the `fullrecord` value VuFind stores for MARC records.
 * It never throws. Directory lengths and offsets count UTF-8 bytes, so the record is decoded from its bytes;
 * when the directory does not fit the data (a common fault of real dumps), the fields are found by splitting
 * on the field terminator instead, and the decoder says so in `problems`.
 */

export interface MarcSubfield {
  readonly code: string;
  readonly value: string;
}

export interface MarcControlField {
  readonly kind: 'control';
  readonly tag: string;
  readonly value: string;
}

export interface MarcDataField {
  readonly kind: 'data';
  readonly tag: string;
  readonly ind1: string;
  readonly ind2: string;
  readonly subfields: readonly MarcSubfield[];
}

export type MarcField = MarcControlField | MarcDataField;

export interface MarcRecord {
  readonly leader: string;
  readonly fields: readonly MarcField[];
}

export interface MarcDecodeResult {
  /** Undefined when the input holds no leader and no field at all. */
  readonly record: MarcRecord | undefined;
  /** What did not fit the standard, in words; empty for a clean record. */
  readonly problems: readonly string[];
}

const FIELD_TERMINATOR = 0x1e;
const RECORD_TERMINATOR = 0x1d;
const SUBFIELD_DELIMITER = '\x1f';
const LEADER_LENGTH = 24;
const DIRECTORY_ENTRY_LENGTH = 12;

interface DirectoryEntry {
  readonly tag: string;
  readonly length: number;
  readonly start: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const decodeBytes = (bytes: Uint8Array): string => utf8.decode(bytes);

/** Control fields are 001–009 (and 00X with letters, which some systems use). */
export function isControlTag(tag: string): boolean {
  return /^00[0-9A-Za-z]$/.test(tag);
}

export function decodeIso2709(text: string): MarcDecodeResult {
  const problems: string[] = [];
  const bytes = new TextEncoder().encode(text);
  if (bytes.length < LEADER_LENGTH) {
    return { record: undefined, problems: [`Only ${bytes.length} bytes: too short for a 24-byte leader.`] };
  }
  const leader = decodeBytes(bytes.subarray(0, LEADER_LENGTH));
  checkLeader(leader, bytes.length, problems);

  const directoryEnd = bytes.indexOf(FIELD_TERMINATOR, LEADER_LENGTH);
  if (directoryEnd < 0) {
    problems.push('No field terminator after the leader: the record has no directory.');
    return { record: { leader, fields: [] }, problems };
  }
  const entries = readDirectory(bytes.subarray(LEADER_LENGTH, directoryEnd), problems);
  const base = directoryEnd + 1;
  const declaredBase = Number.parseInt(leader.slice(12, 17), 10);
  if (declaredBase !== base) problems.push(`Leader base address is "${leader.slice(12, 17)}", but the data starts at byte ${base}.`);

  const byDirectory = fieldsByDirectory(bytes, base, entries);
  if (byDirectory) return { record: { leader, fields: byDirectory.map(([tag, data]) => decodeField(tag, data)) }, problems };

  problems.push('The directory does not match the data; fields were read by splitting on the field terminator.');
  const pieces = splitData(bytes, base);
  if (pieces.length !== entries.length) {
    problems.push(`The directory lists ${entries.length} fields, the data holds ${pieces.length}.`);
  }
  const fields = pieces.map((piece, index) => decodeField(entries[index]?.tag ?? '???', piece));
  return { record: { leader, fields }, problems };
}

function checkLeader(leader: string, byteLength: number, problems: string[]): void {
  const declaredLength = Number.parseInt(leader.slice(0, 5), 10);
  if (!/^\d{5}$/.test(leader.slice(0, 5))) problems.push(`Leader record length "${leader.slice(0, 5)}" is not a number.`);
  else if (declaredLength !== byteLength) problems.push(`Leader record length is ${declaredLength}, the record has ${byteLength} bytes.`);
}

function readDirectory(directory: Uint8Array, problems: string[]): DirectoryEntry[] {
  const text = decodeBytes(directory);
  if (directory.length % DIRECTORY_ENTRY_LENGTH !== 0) {
    problems.push(`The directory is ${directory.length} bytes long, not a multiple of ${DIRECTORY_ENTRY_LENGTH}.`);
  }
  const entries: DirectoryEntry[] = [];
  for (let at = 0; at + DIRECTORY_ENTRY_LENGTH <= directory.length; at += DIRECTORY_ENTRY_LENGTH) {
    const entry = decodeBytes(directory.subarray(at, at + DIRECTORY_ENTRY_LENGTH));
    entries.push({
      tag: entry.slice(0, 3),
      length: /^\d{4}$/.test(entry.slice(3, 7)) ? Number(entry.slice(3, 7)) : -1,
      start: /^\d{5}$/.test(entry.slice(7, 12)) ? Number(entry.slice(7, 12)) : -1,
    });
  }
  if (text.length > 0 && entries.length === 0) problems.push('The directory holds no complete entry.');
  return entries;
}

/** The fields where the directory says they are, or undefined when any entry misses its terminator. */
function fieldsByDirectory(bytes: Uint8Array, base: number, entries: readonly DirectoryEntry[]): Array<[string, Uint8Array]> | undefined {
  const fields: Array<[string, Uint8Array]> = [];
  for (const entry of entries) {
    const start = base + entry.start;
    const end = start + entry.length;
    const fits = entry.start >= 0 && entry.length > 0 && end <= bytes.length && bytes[end - 1] === FIELD_TERMINATOR;
    if (!fits) return undefined;
    fields.push([entry.tag, bytes.subarray(start, end - 1)]);
  }
  return fields;
}

/** The data area split on field terminators, without the record terminator and trailing bytes. */
function splitData(bytes: Uint8Array, base: number): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  let start = base;
  for (let at = base; at < bytes.length; at++) {
    if (bytes[at] === RECORD_TERMINATOR) return pieces;
    if (bytes[at] === FIELD_TERMINATOR) {
      pieces.push(bytes.subarray(start, at));
      start = at + 1;
    }
  }
  if (start < bytes.length) pieces.push(bytes.subarray(start));
  return pieces;
}

function decodeField(tag: string, data: Uint8Array): MarcField {
  const text = decodeBytes(data);
  if (isControlTag(tag)) return { kind: 'control', tag, value: text };
  const [indicators = '', ...rawSubfields] = text.split(SUBFIELD_DELIMITER);
  const [ind1 = ' ', ind2 = ' '] = [...indicators];
  const subfields = rawSubfields.map((raw) => {
    const [code = ''] = [...raw];
    return { code, value: raw.slice(code.length) };
  });
  return { kind: 'data', tag, ind1, ind2, subfields };
}

export function dataFields(record: MarcRecord, tag: string): MarcDataField[] {
  return record.fields.filter((field): field is MarcDataField => field.kind === 'data' && field.tag === tag);
}
