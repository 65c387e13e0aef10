// The review list's pure rules: filters and their counts, "next to check",
// and what the pane holds that the book does not.
import type { Target } from "../../src/domain/plan";
import { addTarget, draftFromPlan, editMeta, editRow, removeTarget, restoreTarget, updateTarget } from "../../src/taskpane/plan-draft";
import { filterCounts, markWritten, nextFlagged, unsavedState } from "../../src/taskpane/review-list";

const META = { issuer: null, number: null, date: null, title: null, period: null };

/** A target as the pane adds one, filled in. */
function target(id: string, overrides: Partial<Target> = {}): Target {
  const blank = addTarget(draftFromPlan({ meta: META, targets: [] })).draft.rows[0].target;
  return { ...blank, id, indicator: `Chỉ tiêu ${id}`, value: 1, unit: "%", quote: "1%", offset: 0, confidence: 0.9, ...overrides };
}

const draft = draftFromPlan({
  meta: META,
  targets: [
    target("T001"),
    target("T002", { confidence: 0.4 }),
    target("T003", { kind: "baseline" }),
    target("T004", { kind: "baseline", confidence: 0.5 }),
  ],
});

test("each filter counts its targets", () => {
  expect(filterCounts(draft.rows)).toEqual({ all: 4, target: 2, baseline: 2, flagged: 2 });
});

test("next to check goes on from where the planner is, round to the first", () => {
  expect(nextFlagged(draft.rows, null)).toBe("T002");
  expect(nextFlagged(draft.rows, "T002")).toBe("T004");
  expect(nextFlagged(draft.rows, "T003")).toBe("T004");
  expect(nextFlagged(draft.rows, "T004")).toBe("T002");
  expect(nextFlagged(draftFromPlan({ meta: META, targets: [target("T001")] }).rows, null)).toBeNull();
});

test("not written, then written, then edited targets, removals and the document's information are what is not written", () => {
  expect(unsavedState(draft)).toMatchObject({ never: true });
  const written = markWritten(draft);
  expect(unsavedState(written)).toMatchObject({ never: false, changes: 0 });
  const edited = updateTarget(written, "T003", (row) => editRow(row, { field: "kind", kind: "target" }));
  expect([...unsavedState(edited).targets]).toEqual(["T003"]);
  // Undone by hand: the same as the book again.
  const back = updateTarget(edited, "T003", (row) => editRow(row, { field: "kind", kind: "baseline" }));
  expect(unsavedState(back).changes).toBe(0);
  // Spaces around a text are not written, so they change nothing.
  expect(unsavedState(updateTarget(written, "T001", (row) => editRow(row, { field: "unit", text: " % " }))).changes).toBe(0);
  const removed = removeTarget(written, "T001");
  expect(unsavedState(removed)).toMatchObject({ changes: 1 });
  expect(unsavedState(restoreTarget(removed, written.rows[0], 0)).changes).toBe(0);
  expect(unsavedState(editMeta(written, "issuer", "UBND XÃ TU VŨ")).changes).toBe(1);
});
