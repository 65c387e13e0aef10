// The preview page: the workbook on the left, the task pane on the right in
// a column as wide as Excel's pane. The pane is the real App, given the
// preview's host and the sample plan; nothing here reaches into it.
import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { SampleSource } from "../taskpane/ImportStep";
import { App } from "../taskpane/App";
import { localDraftStore } from "../taskpane/draft-store";
import { LanguageContext } from "../taskpane/language";
import { t } from "../i18n/messages";
import type { PreviewHost } from "./preview-host";
import { usePageLang } from "./use-lang";
import { WorkbookView } from "./WorkbookView";

/** Excel's task pane is about 350–400 px wide; the App is laid out for that. */
export const PANE_WIDTH = 380;

/** `?pane=340` shows the pane at another width (300–600 px), to try the narrow panes of small screens. */
function paneWidth(): number {
  const asked = Number(new URLSearchParams(window.location.search).get("pane"));
  return Number.isInteger(asked) && asked >= 300 && asked <= 600 ? asked : PANE_WIDTH;
}

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    minHeight: 0,
  },
  banner: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: "#217346",
    color: "#ffffff",
    fontSize: tokens.fontSizeBase200,
  },
  body: {
    display: "flex",
    flexGrow: 1,
    minHeight: 0,
  },
  pane: {
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export interface PreviewPageProps {
  host: PreviewHost;
  sample?: SampleSource;
}

/** The preview's one workbook keeps the pane's draft beside it, in this browser. */
const drafts = localDraftStore("chitieu.draft.preview");

export function PreviewPage({ host, sample }: PreviewPageProps) {
  const styles = useStyles();
  const lang = usePageLang();
  return (
    // The layout sits inside the provider, not on it: Fluent copies the
    // provider's classes to its portals (dialogs), which must not fill the page.
    <FluentProvider theme={webLightTheme} lang={lang}>
      {/* The workbook's labels follow the page; App provides its own choice to the pane. */}
      <LanguageContext.Provider value={lang}>
        <div className={styles.page}>
          <header>
            <p className={styles.banner}>{t("previewBanner", lang)}</p>
          </header>
          <div className={styles.body}>
            <WorkbookView host={host} />
            <div className={styles.pane} style={{ width: `${paneWidth()}px` }} data-testid="task-pane">
              <App host={host} sample={sample} drafts={drafts} />
            </div>
          </div>
        </div>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
