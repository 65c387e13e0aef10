// Target ids in the extractor's style: T001, T002… Workbooks key every row
// by them, so a new target must never get an id already in use.

const PREFIX = "T";
const NUMBERED = /^T(\d+)$/;

/** The id of the `number`th target, zero-padded to `width` digits: 7 → "T007". */
export function targetId(number: number, width = 3): string {
  return PREFIX + String(number).padStart(width, "0");
}

/**
 * Hands out fresh ids: past every T-number in `taken`, as wide as the widest
 * of them (three digits at least), skipping any id already taken. Each id
 * handed out counts as taken from then on.
 */
export function freshTargetIds(taken: Set<string>): () => string {
  let next = 1;
  let width = 3;
  for (const id of taken) {
    const number = NUMBERED.exec(id);
    if (!number) continue;
    next = Math.max(next, Number(number[1]) + 1);
    width = Math.max(width, number[1].length);
  }
  return () => {
    let id = targetId(next, width);
    while (taken.has(id)) id = targetId(++next, width);
    next += 1;
    taken.add(id);
    return id;
  };
}
