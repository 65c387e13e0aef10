// Picks the Fluent theme that matches Office's: Excel can run with a dark
// or black Office theme, and a white pane inside it glares.
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** True for a "#rrggbb" colour whose relative luminance is below one half. */
export function isDarkColor(hex: string): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((part) => parseInt(part, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** Call after Office.onReady. Falls back to light outside Office or when the host has no theme. */
export function themeFromOffice(): Theme {
  try {
    const background = typeof Office === "undefined" ? undefined : Office.context?.officeTheme?.bodyBackgroundColor;
    return background && isDarkColor(background) ? webDarkTheme : webLightTheme;
  } catch {
    // Some hosts throw instead of returning undefined for officeTheme.
    return webLightTheme;
  }
}
