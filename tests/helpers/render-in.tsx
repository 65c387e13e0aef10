// Components read the language from context (src/taskpane/language.ts), as
// App and the preview page provide it; a test rendering one on its own in
// English provides it the same way.
import type * as React from "react";
import { render, type RenderResult } from "@testing-library/react";
import type { Lang } from "../../src/i18n/messages";
import { LanguageContext } from "../../src/taskpane/language";

export function renderIn(lang: Lang, element: React.ReactElement): RenderResult {
  return render(<LanguageContext.Provider value={lang}>{element}</LanguageContext.Provider>);
}
