// The in-browser workbook beside the task pane: a "Tải về .xlsx" button, the
// active sheet's grid and the sheet tabs (the very hidden model sheet never
// has one, as in Excel). Follows the host's state, so whatever the pane
// writes or selects shows at once.
import * as React from "react";
import {
  Button,
  Label,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type Lang, t } from "../i18n/messages";
import { isDocumentReadError } from "../readers/errors";
import { WorkbookReadError } from "../workbook/book";
import { MODEL_SHEET } from "../workbook/layout";
import { bookFileName, saveBytes } from "./download";
import { type EntryWarning, type Refusal, refusalLines, warningLines } from "./grid-model";
import type { EditOutcome, PreviewHost } from "./preview-host";
import { SheetGrid } from "./SheetGrid";
import { useLang } from "../taskpane/language";

const useStyles = makeStyles({
  workbook: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    minHeight: 0,
    flexGrow: 1,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  toolbar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexWrap: "wrap",
  },
  status: { flexGrow: 1, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  hint: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
  noteTitle: { margin: 0 },
  // Many refused cells must not push the grid off the page.
  noteList: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "8em", overflowY: "auto" },
  tabs: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    overflowX: "auto",
    flexShrink: 0,
  },
});

type Notice =
  | { kind: "downloadFailed" }
  /** An entry or paste that left cells as they were, or kept figures its rules question. */
  | { kind: "entryNotes"; refused: Refusal[]; pasted: number; warnings: EntryWarning[] }
  | { kind: "recalcFailed"; cell: string; reason: string }
  | { kind: "openFailed"; file: string; reason: (lang: Lang) => string }
  | null;

/** Why a file could not be opened, in the reader's own words where it has them. */
function openFailure(error: unknown): (lang: Lang) => string {
  if (error instanceof WorkbookReadError || isDocumentReadError(error)) return (lang) => t(error.key, lang, error.params);
  return (lang) => t("previewOpenUnreadable", lang);
}

export interface WorkbookViewProps {
  host: PreviewHost;
}

export function WorkbookView({ host }: WorkbookViewProps) {
  const lang = useLang();
  const styles = useStyles();
  const state = React.useSyncExternalStore(host.subscribe, host.getState);
  const [announcement, setAnnouncement] = React.useState("");
  const [notice, setNotice] = React.useState<Notice>(null);
  const [downloading, setDownloading] = React.useState(false);
  const baseId = React.useId();
  const openId = `${baseId}-open`;

  const visible = state.sheets.filter((sheet) => sheet.visibility === "visible");
  const sheet = visible.find((candidate) => candidate.name === state.activeSheet) ?? visible[0];
  const hasBook = state.sheets.some((candidate) => candidate.name === MODEL_SHEET);
  const tabId = (index: number): string => `${baseId}-tab-${index}`;
  const panelId = `${baseId}-panel`;

  const onSaved = React.useCallback(
    (outcome: Extract<EditOutcome, { kind: "saved" | "recalcFailed" }>) => {
      if (outcome.kind === "recalcFailed") {
        setNotice({ kind: "recalcFailed", cell: outcome.address, reason: outcome.reason });
        return;
      }
      const refused = outcome.refused ?? [];
      const warnings = outcome.warnings ?? [];
      setNotice(refused.length > 0 || warnings.length > 0 ? { kind: "entryNotes", refused, pasted: outcome.written ?? 1, warnings } : null);
      setAnnouncement(t(outcome.recalculated ? "previewCellUpdated" : "previewCellSaved", lang, { cell: outcome.address }));
    },
    [lang],
  );

  async function download(): Promise<void> {
    const spec = host.currentSpec();
    if (spec === null) return;
    setDownloading(true);
    setNotice(null);
    try {
      const book = await host.readBook();
      // ExcelJS is big: its chunk loads on the first download only.
      const { writeXlsxInBrowser } = await import(/* webpackChunkName: "xlsx-writer" */ "../hosts/xlsx/write-browser");
      const fileName = bookFileName(book?.plan.meta.title);
      saveBytes(await writeXlsxInBrowser(spec), fileName);
      host.markSaved();
      setAnnouncement(t("previewDownloaded", lang, { file: fileName }));
    } catch (error) {
      console.error(error);
      setNotice({ kind: "downloadFailed" });
    } finally {
      setDownloading(false);
    }
  }

  async function openFile(event: React.ChangeEvent<HTMLInputElement>): Promise<void> {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // The same file chosen again must fire another change.
    input.value = "";
    if (file === undefined) return;
    if (host.hasUnsavedWork() && !window.confirm(t("previewReplaceUnsaved", lang, { file: file.name }))) return;
    setNotice(null);
    try {
      // The reader and the workbook description load with the first file opened.
      const { openXlsx } = await import(/* webpackChunkName: "preview-open" */ "./open-xlsx");
      const opened = await openXlsx(new Uint8Array(await file.arrayBuffer()), file.name);
      host.replaceWorkbook(opened.sheets, opened.spec);
      setAnnouncement(t("previewOpened", lang, { file: file.name }));
    } catch (error) {
      console.error(error);
      setNotice({ kind: "openFailed", file: file.name, reason: openFailure(error) });
    }
  }

  const unavailableId = `${baseId}-unavailable`;
  return (
    <section className={styles.workbook} aria-label={t("previewWorkbookLabel", lang)}>
      <div className={styles.toolbar}>
        <Button
          appearance="primary"
          disabled={downloading}
          // Still focusable when there is nothing to download, so keyboard users hear why.
          disabledFocusable={!hasBook && !downloading}
          aria-describedby={hasBook ? undefined : unavailableId}
          onClick={() => void download()}
        >
          {t("previewDownload", lang)}
        </Button>
        <Label htmlFor={openId}>{t("previewOpen", lang)}</Label>
        <input id={openId} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(event) => void openFile(event)} />
        {downloading && <Spinner size="tiny" label={t("previewDownloading", lang)} />}
        <span role="status" aria-live="polite" className={styles.status}>
          {announcement}
        </span>
      </div>
      {!hasBook && (
        <MessageBar intent="info" className={styles.hint}>
          <MessageBarBody id={unavailableId}>{t("previewEmptyHint", lang)}</MessageBarBody>
        </MessageBar>
      )}
      {notice !== null && notice.kind === "entryNotes" && (
        <MessageBar intent="warning" className={styles.hint}>
          <MessageBarBody>
            {notice.refused.length > 0 && (
              <>
                <p className={styles.noteTitle}>{t("entryPasteTitle", lang, { pasted: notice.pasted, refused: notice.refused.length })}</p>
                <ul className={styles.noteList}>
                  {refusalLines(notice.refused, lang).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            )}
            {notice.warnings.length > 0 && (
              <>
                <p className={styles.noteTitle}>{t("entryWarningTitle", lang)}</p>
                <ul className={styles.noteList}>
                  {warningLines(notice.warnings, lang).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {notice !== null && notice.kind !== "entryNotes" && (
        <MessageBar intent="error" className={styles.hint}>
          <MessageBarBody>
            {notice.kind === "downloadFailed"
              ? t("previewDownloadFailed", lang)
              : notice.kind === "openFailed"
                ? t("previewOpenFailed", lang, { file: notice.file, reason: notice.reason(lang) })
                : t("previewRecalcFailed", lang, { cell: notice.cell, reason: notice.reason })}
          </MessageBarBody>
        </MessageBar>
      )}
      {sheet && (
        <SheetGrid
          key={sheet.name}
          host={host}
          sheet={sheet}
          selection={host.selection(sheet.name)}
          reveal={state.reveal}
          onSaved={onSaved}
          id={panelId}
          labelledBy={tabId(visible.indexOf(sheet))}
        />
      )}
      <div className={styles.tabs}>
        <TabList
          aria-label={t("previewSheetTabs", lang)}
          size="small"
          selectedValue={sheet?.name}
          onTabSelect={(_event, data) => host.activate(String(data.value))}
        >
          {visible.map((candidate, index) => (
            <Tab key={candidate.name} value={candidate.name} id={tabId(index)} aria-controls={panelId}>
              {candidate.name}
            </Tab>
          ))}
        </TabList>
      </div>
    </section>
  );
}
