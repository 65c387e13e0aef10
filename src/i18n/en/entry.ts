// The message catalog, English: the same keys as ../vi/entry.ts, checked by the type.
import type { English } from "../message";
import type { entryVi } from "../vi/entry";

export const entryEn = {
  // --- Entry rules on Thực hiện (Excel data validation) ---------------------------------
  entryDvNumeratorTitle: "Numerator (count met)",
  entryDvNumeratorPrompt: "Enter a whole number, 0 or more, not above the row's denominator.",
  entryDvNumeratorError: "The numerator must be a whole number, 0 or more, and not above the row's denominator (those who met it cannot outnumber the total).",
  entryDvDenominatorTitle: "Denominator (total)",
  entryDvDenominatorPrompt: "Enter a whole number, 0 or more, not below the row's numerator.",
  entryDvDenominatorError: "The denominator must be a whole number, 0 or more, and not below the row's numerator (the total cannot be smaller than those who met it).",
  entryDvLevelTitle: "Level ({min}–{max})",
  entryDvLevelPrompt: "Enter the level reached, a whole number from {min} to {max}.",
  entryDvLevelError: "This cell takes only a level, a whole number from {min} to {max} (the attainment scale of the plan).",
  entryDvCountTitle: "Count",
  entryDvCountPrompt: "Enter a whole number, 0 or more. A figure over {factor} times the target is queried.",
  entryDvCountWarningTitle: "Check this figure",
  entryDvCountWarning: "A count is a whole number, 0 or more, seldom over {factor} times the plan's target (the Target column). If the figure is right choose Yes to keep it; No to correct it.",

  // --- The preview grid ------------------------------------------------------------------
  entryGridHelp: "Arrows move, Shift + arrows or Shift + click select a range. Tab, Shift+Tab: next, previous entry cell; Enter, Shift+Enter: down, up. F2 or typing edits a cell, Delete clears, Ctrl+C / Ctrl+V copy and paste.",
  entryPasteTitle: { by: "refused", one: "{pasted} {pasted|cell|cells} pasted; 1 cell refused:", other: "{pasted} {pasted|cell|cells} pasted; {refused} cells refused:" },
  entryPasteNotNumber: "Cell {cell}: “{value}” is not a number",
  entryPasteLocked: "Cell {cell}: not an entry cell (locked)",
  entryPasteRule: "Cell {cell}: “{value}” — refused by the cell's rule: {rule}",
  entryWarningTitle: "Figures to check (kept as typed):",
  entryWarningLine: "Cell {cell}: {value} — {message}",
} as const satisfies English<typeof entryVi>;
