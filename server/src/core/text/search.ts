/** The last index below `count` whose value (ascending with the index) is at most `value`; -1 when none is. */
export function lastIndexAtMost(count: number, valueAt: (index: number) => number, value: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (valueAt(mid) <= value) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/**
 * `lastIndexAtMost` over numbers already in an array. Without a callback: positions are looked up a thousand times
 * per keystroke, and each callback was an object for the collector.
 */
export function lastAtMost(values: ArrayLike<number>, value: number, count = values.length): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
