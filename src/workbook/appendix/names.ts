// The appendix sheets' names, apart from the tables, so the pane's Phụ lục
// step can name them without loading the code that builds them.

import { t } from "../../i18n/messages";
import type { AppendixKind } from "./options";

export const APPENDIX_SHEETS: Record<AppendixKind, string> = {
  I: t("appendixSheetFirst", "vi"),
  II: t("appendixSheetSecond", "vi"),
};
