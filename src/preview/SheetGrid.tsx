// One sheet as a grid, like Excel's: column letters and row numbers, the
// frozen panes of the spec (header row, and on Thực hiện the unit and target
// columns, sticky while scrolling), each cell formatted and coloured as the
// spec says. Keyboard first (ARIA grid: one focusable cell, arrows move,
// Shift extends, Tab / Shift+Tab to the next / previous entry cell, Enter /
// Shift+Enter down / up, F2 edits, typing replaces, Delete clears, Ctrl+C /
// Ctrl+V) and mouse too (click, Shift+click, drag). Where keys go and what a
// paste writes is decided by ./grid-model.ts, selection and editing state live
// in ./use-grid-editing.ts; this wires them to the DOM.
// Entry cells take input; locked cells and refused values get Excel's
// messages. Cells carry `data-sheet` and `data-cell="B7"` so tests can find them.
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { t } from "../i18n/messages";
import { cellAddress, columnLetter } from "../workbook/a1";
import { FONT } from "../workbook/layout";
import type { SheetSpec } from "../workbook/spec";
import { cellValue, displayText, editText } from "./cells";
import { cellCss, columnPixels, rowPixels } from "./cell-style";
import { CellDialog } from "./CellDialog";
import { bounds, type CellRef, navigate, parseClipboard, type Selection, toClipboard } from "./grid-model";
import type { EditOutcome, PreviewHost } from "./preview-host";
import { type Editing, keyOf, useCellEditing, useGridSelection } from "./use-grid-editing";
import { viewOf } from "./sheet-view";
import { largest } from "../domain/largest";
import { useLang } from "../taskpane/language";

const HEADER_HEIGHT = 22;
const ROW_NUMBER_WIDTH = 44;
const DEFAULT_ROW_HEIGHT = 20;

const useStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    minHeight: 0,
    overflow: "auto",
    position: "relative",
    backgroundColor: "#ffffff",
    outlineStyle: "none",
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontFamily: `"${FONT.name}", "Times New Roman", serif`,
    fontSize: `${FONT.size}pt`,
    color: "#000000",
  },
  corner: {
    position: "sticky",
    top: 0,
    left: 0,
    zIndex: 3,
    height: `${HEADER_HEIGHT}px`,
    backgroundColor: "#f3f3f3",
    borderRight: "1px solid #c8c8c8",
    borderBottom: "1px solid #c8c8c8",
  },
  columnHeader: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    height: `${HEADER_HEIGHT}px`,
    backgroundColor: "#f3f3f3",
    color: "#444444",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "center",
    borderRight: "1px solid #d4d4d4",
    borderBottom: "1px solid #c8c8c8",
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: "#f3f3f3",
    color: "#444444",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "center",
    borderRight: "1px solid #c8c8c8",
    borderBottom: "1px solid #d4d4d4",
  },
  headerSelected: { backgroundColor: "#d2e8da", color: "#0f4a2a" },
  // The frozen header row stays under the column letters while the rows scroll.
  frozen: {
    position: "sticky",
    top: `${HEADER_HEIGHT}px`,
    zIndex: 2,
    backgroundColor: "#ffffff",
  },
  frozenRowHeader: { left: 0, zIndex: 3, backgroundColor: "#f3f3f3" },
  // Frozen columns stay beside the row numbers while the rest scrolls sideways ("left" is set per column).
  frozenColumn: { position: "sticky", zIndex: 1, backgroundColor: "#ffffff" },
  frozenCorner: { zIndex: 3 },
  frozenEdge: { borderRight: "2px solid #a6a6a6" },
  frozenColumnHeader: { zIndex: 3 },
  cell: {
    padding: "1px 3px",
    overflow: "hidden",
    textOverflow: "clip",
    // Excel's gridlines; a border from the spec overrides them.
    borderRight: "1px solid #e1e1e1",
    borderBottom: "1px solid #e1e1e1",
    cursor: "cell",
    outlineStyle: "none",
    position: "relative",
  },
  selected: {
    backgroundImage: "linear-gradient(rgba(33, 115, 70, 0.16), rgba(33, 115, 70, 0.16))",
  },
  active: {
    boxShadow: "inset 0 0 0 2px #217346",
  },
  editor: {
    position: "absolute",
    inset: 0,
    width: "100%",
    height: "100%",
    boxSizing: "border-box",
    border: "2px solid #217346",
    padding: "0 2px",
    font: "inherit",
    backgroundColor: "#ffffff",
    color: "#000000",
    outlineStyle: "none",
  },
  help: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

interface CellModel {
  column: number;
  /** A merged range's top-left cell spans it; its other cells are not drawn. */
  rowSpan: number;
  colSpan: number;
  address: string;
  text: string;
  css: React.CSSProperties;
  /** Pixels from the left edge for a frozen column's cell; null for the columns that scroll. */
  stickyLeft: number | null;
  frozenEdge: boolean;
  editable: boolean;
  selected: boolean;
  active: boolean;
  focus: boolean;
}

interface RowProps {
  sheet: string;
  row: number;
  height: number | undefined;
  frozen: boolean;
  cells: CellModel[];
  /** Everything the row shows, as one string: rows whose signature is unchanged are not re-rendered. */
  signature: string;
  selectedRow: boolean;
  editing: Editing | null;
  classes: ReturnType<typeof useStyles>;
  onEditorChange: (text: string) => void;
  onEditorKey: (event: React.KeyboardEvent<HTMLInputElement>) => void;
  onEditorBlur: (session: number) => void;
}

const Row = React.memo(
  // Reads the language from context: a context change re-renders the row whatever the comparator below says.
  function Row(props: RowProps) {
    const lang = useLang();
    const { classes } = props;
    return (
      <tr role="row" aria-rowindex={props.row + 1} style={props.height === undefined ? undefined : { height: props.height }}>
        <th
          role="rowheader"
          scope="row"
          className={mergeClasses(classes.rowHeader, props.selectedRow && classes.headerSelected, props.frozen && classes.frozen, props.frozen && classes.frozenRowHeader)}
        >
          {props.row}
        </th>
        {props.cells.map((cell) => {
          const editing = props.editing !== null && props.editing.column === cell.column ? props.editing : null;
          return (
            <td
              key={cell.column}
              rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
              colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
              role="gridcell"
              data-sheet={props.sheet}
              data-cell={cell.address}
              data-editable={cell.editable ? "true" : undefined}
              aria-selected={cell.selected}
              aria-readonly={!cell.editable}
              tabIndex={cell.focus ? 0 : -1}
              className={mergeClasses(
                classes.cell,
                props.frozen && classes.frozen,
                cell.stickyLeft !== null && classes.frozenColumn,
                cell.stickyLeft !== null && props.frozen && classes.frozenCorner,
                cell.frozenEdge && classes.frozenEdge,
                cell.selected && !cell.active && classes.selected,
                cell.active && classes.active,
              )}
              style={cell.stickyLeft === null ? cell.css : { ...cell.css, left: cell.stickyLeft }}
            >
              {cell.text}
              {editing && (
                <input
                  className={classes.editor}
                  aria-label={t("previewCellEditor", lang, { cell: cell.address })}
                  value={editing.text}
                  autoFocus
                  onChange={(event) => props.onEditorChange(event.target.value)}
                  onKeyDown={props.onEditorKey}
                  onBlur={() => props.onEditorBlur(editing.session)}
                />
              )}
            </td>
          );
        })}
      </tr>
    );
  },
  (before, after) =>
    before.signature === after.signature &&
    before.selectedRow === after.selectedRow &&
    before.editing === after.editing &&
    before.height === after.height &&
    before.frozen === after.frozen,
);

export interface SheetGridProps {
  host: PreviewHost;
  sheet: SheetSpec;
  selection: Selection;
  /** Changes when the pane asked to show a cell (host.select): scroll it into view. */
  reveal: number;
  /** Tells the page what happened to an entry, for its live region. */
  onSaved: (outcome: Extract<EditOutcome, { kind: "saved" | "recalcFailed" }>) => void;
  labelledBy: string;
  id: string;
}

export function SheetGrid({ host, sheet, selection, reveal, onSaved, labelledBy, id }: SheetGridProps) {
  const lang = useLang();
  const classes = useStyles();
  const view = viewOf(sheet);
  const scroller = React.useRef<HTMLDivElement>(null);
  const { select, moveTo, tabOrigin, wantsFocus } = useGridSelection(host, sheet.name, view, selection);
  const { editing, editingRef, problem, startEditing, commit, report, changeText, onEditorKey, onEditorBlur, retry, closeProblem } = useCellEditing({
    host,
    sheetName: sheet.name,
    view,
    select,
    tabOrigin,
    wantsFocus,
    onSaved,
  });
  const dragging = React.useRef(false);

  const visibleColumns = React.useMemo(
    () => Array.from({ length: view.columns }, (_, i) => i + 1).filter((column) => !view.isHidden(column)),
    [view],
  );
  const area = bounds(selection);
  const active = selection.anchor;
  const focus = selection.focus;
  const frozenRows = sheet.freeze?.rows ?? 0;

  // After the person moved, focus the cell they moved to and keep it in view.
  // (wantsFocus is a stable ref, listed because the linter cannot see that through the hook.)
  React.useEffect(() => {
    if (!wantsFocus.current || editing !== null || problem !== null) return;
    const cell = scroller.current?.querySelector<HTMLElement>(`[data-cell="${cellAddress(focus.column, focus.row)}"]`);
    // Once: a later change of the sheet (the pane writing) must not pull the focus into the grid.
    wantsFocus.current = false;
    if (cell && document.activeElement !== cell) cell.focus({ preventScroll: true });
    cell?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [focus.row, focus.column, editing, problem, sheet, wantsFocus]);

  // The pane selected a cell (host.select): bring it into view without taking the focus from the pane.
  // Read through a ref: only a new reveal scrolls (not later selection changes, which are the person's own).
  const activeNow = React.useRef(active);
  activeNow.current = active;
  React.useEffect(() => {
    if (reveal === 0) return;
    const { column, row } = activeNow.current;
    const cell = scroller.current?.querySelector<HTMLElement>(`[data-cell="${cellAddress(column, row)}"]`);
    cell?.scrollIntoView?.({ block: "center", inline: "nearest" });
  }, [reveal]);

  React.useEffect(() => {
    const stop = (): void => {
      dragging.current = false;
    };
    window.addEventListener("mouseup", stop);
    return () => window.removeEventListener("mouseup", stop);
  }, []);

  const cellAt = (target: EventTarget | null): CellRef | null => {
    const element = (target as HTMLElement | null)?.closest?.("[data-cell]");
    const address = element?.getAttribute("data-cell");
    if (!address) return null;
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    if (!match) return null;
    const column = visibleColumns.find((c) => columnLetter(c) === match[1]);
    return column === undefined ? null : { row: Number(match[2]), column };
  };

  const onMouseDown = (event: React.MouseEvent): void => {
    if ((event.target as HTMLElement).tagName === "INPUT") return;
    const cell = cellAt(event.target);
    if (!cell || event.button !== 0) return;
    event.preventDefault();
    const current = editingRef.current;
    if (current) commit(current, null);
    dragging.current = true;
    moveTo(cell, event.shiftKey);
  };

  const onMouseOver = (event: React.MouseEvent): void => {
    if (!dragging.current) return;
    const cell = cellAt(event.target);
    if (cell && (cell.row !== focus.row || cell.column !== focus.column)) moveTo(cell, true);
  };

  const onDoubleClick = (event: React.MouseEvent): void => {
    const cell = cellAt(event.target);
    if (!cell) return;
    startEditing(cell, editText(view.cell(cell.row, cell.column), view.style(cell.row, cell.column).numFmt));
  };

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (editing !== null || (event.target as HTMLElement).tagName === "INPUT") return;
    const edit = (): void => startEditing(active, editText(view.cell(active.row, active.column), view.style(active.row, active.column).numFmt));
    const clear = (): void => report(host.clear(sheet.name, selection));
    const actions: Record<string, () => void> = { F2: edit, Delete: clear, Backspace: clear };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
      return;
    }
    const next = navigate(view, { selection, tabOrigin: tabOrigin.current }, keyOf(event));
    if (next !== null) {
      event.preventDefault();
      tabOrigin.current = next.tabOrigin;
      select(next.selection);
      return;
    }
    // Typing a character starts an entry that replaces the cell, as in Excel.
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      startEditing(active, event.key);
    }
  };

  const onCopy = (event: React.ClipboardEvent): void => {
    if (editing !== null) return;
    const lines: string[][] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const line: string[] = [];
      for (let c = area.left; c <= area.right; c++) line.push(displayText(view.cell(r, c), view.style(r, c).numFmt));
      lines.push(line);
    }
    event.clipboardData.setData("text/plain", toClipboard(lines));
    event.preventDefault();
  };

  const onPaste = (event: React.ClipboardEvent): void => {
    if (editing !== null) return;
    const text = event.clipboardData.getData("text/plain");
    if (text === "") return;
    event.preventDefault();
    const rows = parseClipboard(text);
    // The good cells are written; the refused ones are named (report → the page's notice).
    const outcome = host.paste(sheet.name, active, rows);
    report(outcome);
    // Like Excel, the pasted block stays selected.
    if (outcome.kind === "saved") {
      const width = largest(rows.map((row) => row.length));
      select({ anchor: active, focus: { row: active.row + rows.length - 1, column: active.column + width - 1 } });
    }
  };

  const widths = visibleColumns.map((c) => columnPixels(sheet.columns[c - 1]?.width ?? 9));
  const tableWidth = ROW_NUMBER_WIDTH + widths.reduce((sum, w) => sum + w, 0);
  // The spec's frozen columns stick beside the row numbers, each at the width of those before it.
  const frozenColumns = sheet.freeze?.columns ?? 0;
  const stickyLeft = new Map<number, number>();
  let frozenWidth = ROW_NUMBER_WIDTH;
  visibleColumns.forEach((c, i) => {
    if (c > frozenColumns) return;
    stickyLeft.set(c, frozenWidth);
    frozenWidth += widths[i];
  });
  const lastFrozen = Math.max(0, ...stickyLeft.keys());

  const rows: React.ReactNode[] = [];
  for (let r = 1; r <= view.rows; r++) {
    const selectedRow = r >= area.top && r <= area.bottom;
    const cells: CellModel[] = [];
    let signature = "";
    for (const c of visibleColumns) {
      const merge = view.merge(r, c);
      if (merge && (merge.top !== r || merge.left !== c)) continue;
      const rowSpan = merge ? merge.bottom - merge.top + 1 : 1;
      const colSpan = merge ? visibleColumns.filter((column) => column >= merge.left && column <= merge.right).length : 1;
      const style = view.style(r, c);
      const value = cellValue(view.cell(r, c));
      const text = displayText(view.cell(r, c), style.numFmt);
      const selected = selectedRow && c >= area.left && c <= area.right;
      const isActive = r === active.row && c === active.column;
      const isFocus = r === focus.row && c === focus.column;
      const editable = view.editable(r, c);
      const rule = view.highlight(r, c);
      const css = cellCss(style, rule, typeof value === "number");
      const left = stickyLeft.get(c) ?? null;
      cells.push({
        column: c,
        rowSpan,
        colSpan,
        address: cellAddress(c, r),
        text,
        css,
        stickyLeft: left,
        frozenEdge: c === lastFrozen,
        editable,
        selected,
        active: isActive,
        focus: isFocus,
      });
      signature += `${rowSpan}x${colSpan}${text}\u0001${rule?.fill ?? ""}${style.fill ?? ""}${selected ? 1 : 0}${isActive ? 1 : 0}${isFocus ? 1 : 0}${editable ? 1 : 0}\u0002`;
    }
    const height = sheet.rowHeights[r];
    rows.push(
      <Row
        key={r}
        sheet={sheet.name}
        row={r}
        height={height === undefined ? DEFAULT_ROW_HEIGHT : rowPixels(height)}
        frozen={r === 1 && frozenRows >= 1}
        cells={cells}
        signature={signature}
        selectedRow={selectedRow}
        editing={editing !== null && editing.row === r ? editing : null}
        classes={classes}
        onEditorChange={changeText}
        onEditorKey={onEditorKey}
        onEditorBlur={onEditorBlur}
      />,
    );
  }

  const helpId = `${id}-help`;

  return (
    <div
      ref={scroller}
      className={classes.scroller}
      // Scrolling a cell into view leaves room for the frozen header and columns, so it is never hidden under them.
      style={{ scrollPaddingLeft: frozenWidth, scrollPaddingTop: HEADER_HEIGHT + (frozenRows >= 1 ? (rowPixels(sheet.rowHeights[1] ?? 15)) : 0) }}
      role="tabpanel"
      id={id}
      aria-labelledby={labelledBy}
    >
      <p id={helpId} className={classes.help}>
        {t("entryGridHelp", lang)}
      </p>
      <table
        role="grid"
        aria-label={t("previewGridLabel", lang, { sheet: sheet.name })}
        aria-describedby={helpId}
        aria-rowcount={view.rows + 1}
        aria-colcount={visibleColumns.length + 1}
        aria-multiselectable
        data-sheet={sheet.name}
        className={classes.table}
        style={{ width: tableWidth }}
        onMouseDown={onMouseDown}
        onMouseOver={onMouseOver}
        onDoubleClick={onDoubleClick}
        onKeyDown={onKeyDown}
        onCopy={onCopy}
        onPaste={onPaste}
      >
        <colgroup>
          <col style={{ width: ROW_NUMBER_WIDTH }} />
          {widths.map((width, i) => (
            <col key={visibleColumns[i]} style={{ width }} />
          ))}
        </colgroup>
        <thead>
          <tr role="row" aria-rowindex={1}>
            <td className={classes.corner} aria-hidden="true" />
            {visibleColumns.map((c) => (
              <th
                key={c}
                role="columnheader"
                scope="col"
                className={mergeClasses(
                  classes.columnHeader,
                  stickyLeft.has(c) && classes.frozenColumnHeader,
                  c === lastFrozen && classes.frozenEdge,
                  c >= area.left && c <= area.right && classes.headerSelected,
                )}
                style={stickyLeft.has(c) ? { left: stickyLeft.get(c) } : undefined}
              >
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
      <CellDialog
        problem={problem}
        onRetry={retry}
        onClose={closeProblem}
      />
    </div>
  );
}
