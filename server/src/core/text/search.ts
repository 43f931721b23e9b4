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
