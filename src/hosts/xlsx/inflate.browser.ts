// Stands in for ./inflate.ts in browser bundles (webpack.config.js swaps the
// module): the pane reads returned .xlsx files with fflate, the inflater the
// document readers already use, under the same cap.

import { inflateCapped, joined } from "../../readers/zip";

/** The inflated bytes, or null as soon as they would pass `cap`. */
export function inflatePart(data: Uint8Array, cap: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  const size = inflateCapped(data, cap, (chunk) => chunks.push(chunk));
  if (size === null) return null;
  return chunks.length === 1 ? chunks[0] : joined(chunks, size);
}
