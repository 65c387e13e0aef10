// Largest and smallest of many numbers. `Math.max(...values)` passes every
// value as an argument and overflows the stack above ~125,000 of them (a
// check or table view of that many rows); these loop instead.

/** The largest value, or `floor` when there is none larger (Math.max(floor, ...values)). */
export function largest(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const value of values) if (value > max || Number.isNaN(value)) max = value;
  return max;
}

/** The smallest value, or `ceiling` when there is none smaller (Math.min(ceiling, ...values)). */
export function smallest(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const value of values) if (value < min || Number.isNaN(value)) min = value;
  return min;
}
