import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  envelopePattern, latLonPattern, latLonProblem, valueChecks, wktShape, xyPattern,
} from '../../../server/src/core/values/valueTypes';

/** The geo check as first written: every pattern tried in turn, the ENVELOPE read through lists. */
function referenceRpt(value: string): string | undefined {
  const latLon = latLonPattern.exec(value);
  if (latLon) return latLonProblem(Number(latLon[1]), Number(latLon[2]));
  const xy = xyPattern.exec(value);
  if (xy) return latLonProblem(Number(xy[2]), Number(xy[1]));
  const envelope = envelopePattern.exec(value);
  if (envelope) {
    const [minX, maxX, maxY, minY] = envelope.slice(1, 5).map(Number) as [number, number, number, number];
    if ([minX, maxX].some((x) => Math.abs(x) > 180)) return 'an ENVELOPE longitude is outside -180 … 180.';
    if ([maxY, minY].some((y) => Math.abs(y) > 90)) return 'an ENVELOPE latitude is outside -90 … 90.';
    if (minY > maxY) return `ENVELOPE takes (minX, maxX, maxY, minY): its maxY ${maxY} is below its minY ${minY}.`;
    return undefined;
  }
  if (wktShape.test(value)) return undefined;
  return 'Solr expects "lat,lon", "lon lat" or a WKT shape such as ENVELOPE(minX, maxX, maxY, minY), in degrees.';
}

/** Strings made of the pieces the geo patterns look for, and arbitrary ones. */
const coordinate = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -400, max: 400 }).map(String), fc.integer({ min: -200, max: 200 }).map(String));
/** Coordinates as catalogs write them: signs, leading zeros, whole parts about the limits, up to 20 decimals. */
const writtenCoordinate = fc.tuple(
  fc.constantFrom('', '-', '+'),
  fc.constantFrom('', '0', '00'),
  fc.oneof(fc.integer({ min: 0, max: 200 }), fc.constantFrom(89, 90, 91, 179, 180, 181)),
  fc.constantFrom('', '.'),
  fc.string({ unit: fc.constantFrom('0', '1', '5', '9'), maxLength: 20 }),
).map(([sign, zeros, whole, point, decimals]) => `${sign}${zeros}${whole}${point}${point ? decimals : ''}`);
/** ENVELOPEs of boxes and of points (the latitude written twice), spaced in the ways Solr reads. */
const writtenEnvelope = fc.tuple(fc.constantFrom('ENVELOPE(', 'envelope (', 'ENVELOPE( '), writtenCoordinate, writtenCoordinate, writtenCoordinate,
  fc.option(writtenCoordinate), fc.constantFrom(',', ', ', ' , '))
  .map(([open, minX, maxX, maxY, minY, comma]) => `${open}${[minX, maxX, maxY, minY ?? maxY].join(comma)})`);
const geoText = fc.oneof(
  writtenEnvelope,
  fc.tuple(fc.constantFrom('ENVELOPE(', 'envelope (', 'ENVELOPE ( '), coordinate, coordinate, coordinate, coordinate)
    .map(([open, ...numbers]) => `${open}${numbers.join(', ')})`),
  fc.tuple(coordinate, fc.constantFrom(',', ', ', ' ', '  '), coordinate).map((parts) => parts.join('')),
  fc.array(fc.oneof(
    fc.constantFrom('ENVELOPE', 'envelope', 'POINT', 'EMPTY', '(', ')', ',', ' ', '\t', '+', '-', '.', 'e', 'x', '\u00A0'),
    fc.double({ noNaN: true, min: -400, max: 400 }).map(String),
    fc.nat(200).map(String),
  ), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 20, unit: 'binary' }),
);

describe('the geo value check', () => {
  test('answers as the pattern chain it shortcuts does, for any string', () => {
    const check = valueChecks.geo!;
    fc.assert(fc.property(geoText, (value) => {
      expect(check(value)).toBe(referenceRpt(value));
    }), { numRuns: 5000 });
  });
});
