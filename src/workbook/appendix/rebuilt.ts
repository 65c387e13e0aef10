// The book as it stands once rewritten (src/workbook/rebuild.ts specForBook):
// one Thực hiện row per tracked unit + target pair, in sheet order, carrying
// the entry and note a rewrite carries. A host that rewrites the workbook
// before adding the appendices computes them from this, so the cached
// results match the rewritten Thực hiện and Tổng hợp exactly (a deleted row
// comes back empty, a copied empty row is gone).

import { typedFields } from "../../domain/evaluate";
import type { TrackingBook, TrackingRow } from "../book";
import { EMPTY_ENTRY, entryKey, trackingPairs } from "../describe";
import { trackedUnits } from "../model";
import { carriedRows, userUnits } from "../rebuild";

export function bookAsRebuilt(book: TrackingBook): TrackingBook {
  const units = trackedUnits(userUnits(book), book.area);
  const carried = carriedRows(book.rows);
  const rows = trackingPairs(book.plan, units).map(({ unit, target }, i): TrackingRow => {
    const row = carried.get(entryKey(unit.code, target.id));
    // Every cell a person types, a rate's typed Giá trị included (the reader leaves its default formula out).
    const entry = { ...EMPTY_ENTRY };
    for (const field of typedFields(target)) entry[field] = row?.entry[field] ?? null;
    return {
      sheetRow: i + 2,
      unitCode: unit.code,
      unitName: unit.name,
      targetId: target.id,
      entry,
      note: row?.note ?? null,
    };
  });
  return { plan: book.plan, units, area: book.area, tolerance: book.tolerance, rows, problems: [] };
}
