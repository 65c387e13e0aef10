// A cell's resolved spec style (and the conditional rule colouring it) as CSS
// for the grid. Styles are shared objects (./sheet-view.ts), so the CSS is
// made once per style and rule, not once per cell.
import type * as React from "react";
import type { CellStyle, ConditionalRule } from "../workbook/spec";

/** Excel's border colour in the tracking book (./hosts/xlsx/build.ts). */
const BORDER = "1px solid #A6A6A6";

const cache = new WeakMap<CellStyle, Map<string, React.CSSProperties>>();

export function cellCss(style: CellStyle, rule: ConditionalRule | null, numeric: boolean): React.CSSProperties {
  let byRule = cache.get(style);
  if (!byRule) cache.set(style, (byRule = new Map()));
  const key = `${rule ? `${rule.fill}/${rule.color}` : ""}|${numeric ? 1 : 0}`;
  let css = byRule.get(key);
  if (!css) {
    const fill = rule?.fill ?? style.fill;
    css = {
      fontWeight: style.bold ? 700 : undefined,
      fontStyle: style.italic ? "italic" : undefined,
      fontSize: style.size === undefined ? undefined : `${style.size}pt`,
      color: `#${rule?.color ?? style.color ?? "000000"}`,
      backgroundColor: fill === undefined ? undefined : `#${fill}`,
      // Excel's default alignment: numbers right, text left.
      textAlign: style.hAlign ?? (numeric ? "right" : "left"),
      verticalAlign: style.vAlign === "middle" ? "middle" : (style.vAlign ?? "bottom"),
      whiteSpace: style.wrap ? "pre-wrap" : "pre",
      overflowWrap: style.wrap ? "anywhere" : undefined,
      border: style.border ? BORDER : undefined,
    };
    byRule.set(key, css);
  }
  return css;
}

/** Column width in Excel's character units to pixels (Excel's own rounding for an 11-point font). */
export const columnPixels = (width: number): number => Math.round(width * 7 + 5);

/** Row height in points to pixels. */
export const rowPixels = (points: number): number => Math.round((points * 4) / 3);
