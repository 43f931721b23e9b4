import type { FieldTypeName } from '../schema/types';

/** Why Solr refuses (or misreads) a value, phrased to follow `"<value>" is not valid for <field> (<type>): `. */
export type ValueCheck = (value: string) => string | undefined;

const longMin = -(2n ** 63n);
const longMax = 2n ** 63n - 1n;
const intMin = -(2n ** 31n);
const intMax = 2n ** 31n - 1n;

function integerIn(min: bigint, max: bigint, bits: number): ValueCheck {
  return (value) => {
    if (!/^[+-]?\d+$/.test(value)) return 'Solr expects an integer (digits with an optional sign).';
    const parsed = BigInt(value);
    if (parsed < min || parsed > max) return `it is outside the ${bits}-bit range ${min} … ${max}.`;
    return undefined;
  };
}

const isoDate = /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/;

/** DatePointField: ISO-8601 in UTC with a `Z`, seconds required, fractional seconds allowed. */
const checkDate: ValueCheck = (value) => {
  if (value.startsWith('NOW')) return 'date math (NOW…) is evaluated when Solr indexes; a record should carry a fixed date like 2025-08-20T03:21:22Z.';
  const match = isoDate.exec(value);
  if (!match) {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? ` Write ${value}T00:00:00Z for a whole day.` : '';
    return `Solr expects an ISO-8601 UTC timestamp like 2025-08-20T03:21:22Z (time and the final Z are required).${day}`;
  }
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const daysInMonth = month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59) {
    return 'it is not a real date and time (month, day, hour, minute or second out of range).';
  }
  return undefined;
};

/** Proleptic Gregorian, as Solr's java.time parsing. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** BoolField reads only the first character: `t`, `T` or `1` is true, anything else false. */
const checkBoolean: ValueCheck = (value) => {
  if (value === 'true' || value === 'false') return undefined;
  const readAs = /^[tT1]/.test(value) ? 'true' : 'false';
  return `Solr does not reject it but reads it as ${readAs} (BoolField looks only at the first character: t, T or 1 mean true, anything else false). Write true or false.`;
};

const checkDouble: ValueCheck = (value) =>
  /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value) || /^[+-]?(Infinity|NaN)$/.test(value)
    ? undefined
    : 'Solr expects a decimal number.';

const number = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)`;
/** The geo value forms Solr's RPT field type reads (exported for the property test of the shortcuts below). */
export const latLonPattern = new RegExp(`^(${number})\\s*,\\s*(${number})$`);
export const xyPattern = new RegExp(`^(${number})\\s+(${number})$`);
export const envelopePattern = new RegExp(`^ENVELOPE\\s*\\(\\s*(${number})\\s*,\\s*(${number})\\s*,\\s*(${number})\\s*,\\s*(${number})\\s*\\)$`, 'i');
export const wktShape = /^(POINT|LINESTRING|POLYGON|MULTIPOINT|MULTILINESTRING|MULTIPOLYGON|GEOMETRYCOLLECTION)\s*(\(.*\)|EMPTY)$/is;

export function latLonProblem(lat: number, lon: number): string | undefined {
  if (Math.abs(lat) > 90) return `latitude ${lat} is outside -90 … 90 (the order is "lat,lon").`;
  if (Math.abs(lon) > 180) return `longitude ${lon} is outside -180 … 180.`;
  return undefined;
}

/** LatLonPointSpatialField (and the old LatLonType): only `lat,lon`. */
const checkLatLon: ValueCheck = (value) => {
  const match = latLonPattern.exec(value);
  if (!match) return 'Solr expects a point written "lat,lon" in degrees, e.g. 43.65,-79.38.';
  return latLonProblem(Number(match[1]), Number(match[2]));
};

/** SpatialRecursivePrefixTreeFieldType in degrees: `lat,lon`, `x y` (lon lat), or WKT such as ENVELOPE(minX, maxX, maxY, minY). */
const checkRpt: ValueCheck = (value) => {
  // A point starts with a sign, a digit or a point, a shape with a letter. VuFind's geo fields hold ENVELOPEs, and
  // trying both point patterns on each first was half of this rule's time on the benchmark corpus.
  if (!startsWithAsciiLetter(value)) {
    const latLon = latLonPattern.exec(value);
    if (latLon) return latLonProblem(Number(latLon[1]), Number(latLon[2]));
    const xy = xyPattern.exec(value);
    if (xy) return latLonProblem(Number(xy[2]), Number(xy[1]));
  }
  const envelope = envelopePattern.exec(value);
  if (envelope) return envelopeProblem(envelope[1]!, envelope[2]!, envelope[3]!, envelope[4]!);
  if (wktShape.test(value)) return undefined;
  return 'Solr expects "lat,lon", "lon lat" or a WKT shape such as ENVELOPE(minX, maxX, maxY, minY), in degrees.';
};

/**
 * What is wrong with ENVELOPE(minX, maxX, maxY, minY), given its numbers as written (`number`). They are read as
 * `Number` reads them only where the answer depends on it: every geo value of a VuFind record is an ENVELOPE, and
 * converting all four had been two thirds of this check's time on the benchmark corpus (~340 of ~500 ns a value).
 */
function envelopeProblem(minXText: string, maxXText: string, maxYText: string, minYText: string): string | undefined {
  const inRange = wholePartBelow(minXText, 180) && wholePartBelow(maxXText, 180) && wholePartBelow(maxYText, 90) && wholePartBelow(minYText, 90);
  // A point's ENVELOPE repeats its latitude.
  if (inRange && minYText === maxYText) return undefined;
  const maxY = Number(maxYText);
  const minY = Number(minYText);
  if (!inRange) {
    if (Math.abs(Number(minXText)) > 180 || Math.abs(Number(maxXText)) > 180) return 'an ENVELOPE longitude is outside -180 … 180.';
    if (Math.abs(maxY) > 90 || Math.abs(minY) > 90) return 'an ENVELOPE latitude is outside -90 … 90.';
  }
  if (minY > maxY) return `ENVELOPE takes (minX, maxX, maxY, minY): its maxY ${maxY} is below its minY ${minY}.`;
  return undefined;
}

/**
 * Whether a decimal as `number` matches has a whole part (sign and leading zeros aside) below `limit`: then its value
 * is below `limit`, and `Number`'s reading of it, however rounded, is not above it.
 */
function wholePartBelow(text: string, limit: number): boolean {
  let start = text.charCodeAt(0) === 0x2b || text.charCodeAt(0) === 0x2d ? 1 : 0;
  let point = text.indexOf('.');
  if (point < 0) point = text.length;
  while (start < point && text.charCodeAt(start) === 0x30) start++;
  let whole = 0;
  for (let i = start; i < point; i++) {
    whole = whole * 10 + text.charCodeAt(i) - 0x30;
    if (whole >= limit) return false;
  }
  return true;
}

function startsWithAsciiLetter(value: string): boolean {
  const code = value.charCodeAt(0) | 0x20;
  return code >= 0x61 && code <= 0x7A;
}

/** What each field type accepts; types that take any string (text, string, isn, …) are not listed. */
export const valueChecks: Partial<Record<FieldTypeName, ValueCheck>> = {
  long: integerIn(longMin, longMax, 64),
  int: integerIn(intMin, intMax, 32),
  double: checkDouble,
  date: checkDate,
  boolean: checkBoolean,
  geo: checkRpt,
  latLon: checkLatLon,
};
