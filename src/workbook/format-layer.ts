// Many runs of rows share a few styles; a host applies one format per style
// faster than one per run, so the descriptions collect them here.

import type { CellStyle, RangeFormat } from "./spec";

/** Collects ranges per style so a style used on many runs of rows becomes one format. */
export class FormatLayer {
  private readonly byStyle = new Map<string, RangeFormat>();

  add(range: string, style: CellStyle): void {
    const key = JSON.stringify(style);
    const format = this.byStyle.get(key);
    if (format) format.ranges.push(range);
    else this.byStyle.set(key, { ranges: [range], style });
  }

  formats(): RangeFormat[] {
    return [...this.byStyle.values()];
  }
}
