// Step 1, "Nhập kế hoạch": a plan from a file, from pasted text or from the
// sample, read by the engine into the editable targets table (PlanView,
// which also writes the workbook). The engine, the document readers and the
// table are fetched on the first read, not with the pane. A file being read
// shows its progress by page (PDF) and can be cancelled; choosing another
// file meanwhile cancels the first.
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Label,
  ProgressBar,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Plan } from "../domain/plan";
import { formatNumber } from "../i18n/format";
import { t, withLaterMessages } from "../i18n/messages";
import type { ReadControl, ReadProgress } from "../readers/control";
import type { PdfjsLoader } from "../readers/pdfjs-types";
import { type Notice, NoticeBar, documentErrorText, notice, say, type Text } from "./notice";
import { draftFromPlan, type PlanDraft } from "./plan-draft";
import type { StepProps } from "./tasks";
import { useLang } from "./language";

export interface SampleSource {
  fileName: string;
  load: () => Promise<Uint8Array>;
}

const planViewChunk = () => withLaterMessages(() => import(/* webpackChunkName: "plan-view" */ "./PlanView"));
const PlanView = React.lazy(planViewChunk);

/** The engine and the table together, so a failed download is one message here, not a broken pane later. */
async function loadEngine() {
  const [engine] = await Promise.all([withLaterMessages(() => import(/* webpackChunkName: "engine" */ "../domain/extract")), planViewChunk()]);
  return engine;
}

function loadReaders() {
  return withLaterMessages(() => import(/* webpackChunkName: "readers" */ "../readers"));
}

/** pdf.js and its browser loader are fetched only when a PDF is actually opened. */
const loadPdfjs: PdfjsLoader = async () => {
  const { loadBrowserPdfjs } = await import(/* webpackChunkName: "pdfjs-loader" */ "../readers/pdfjs-browser");
  return loadBrowserPdfjs();
};

type Source = { kind: "text"; text: string } | { kind: "file"; file: File } | { kind: "sample"; sample: SampleSource };

function sourceName(source: Source): string {
  if (source.kind === "file") return source.file.name;
  if (source.kind === "sample") return source.sample.fileName;
  return "";
}

type DocumentSource = Exclude<Source, { kind: "text" }>;

/** A file (or the sample) being read: how to stop it, and when it has let go. */
interface FileRead {
  controller: AbortController;
  /** Settles when this read has finished, whatever its outcome. */
  done: Promise<void>;
}

const CANCELLED = { cancelled: true } as const;

/**
 * The text of a chosen file or of the sample, or what to tell the planner
 * when there is none; CANCELLED once `control.signal` aborts, whatever the
 * step it stopped.
 */
async function documentText(
  source: DocumentSource,
  control: ReadControl & { signal: AbortSignal },
): Promise<{ text: string } | { problem: Notice } | typeof CANCELLED> {
  const { signal } = control;
  let readers: Awaited<ReturnType<typeof loadReaders>>;
  try {
    readers = await loadReaders();
  } catch (error) {
    console.error(error);
    return { problem: notice("error", say("paneEngineLoadFailed")) };
  }
  if (signal.aborted) return CANCELLED;
  let bytes: Uint8Array;
  try {
    // From the size alone, before a huge file is loaded into the pane's memory.
    if (source.kind === "file") readers.checkInputSize(source.file.size, source.file.name);
  } catch (error) {
    return { problem: notice("error", documentErrorText(error, "paneExtractFailed")) };
  }
  try {
    bytes = source.kind === "file" ? new Uint8Array(await source.file.arrayBuffer()) : await source.sample.load();
  } catch (error) {
    if (signal.aborted) return CANCELLED;
    console.error(error);
    return {
      problem: notice("error", source.kind === "file" ? say("paneFileOpenFailed", { file: source.file.name }) : say("paneSampleFailed")),
    };
  }
  try {
    return { text: await readers.readDocument(bytes, sourceName(source), { loadPdfjs, ...control }) };
  } catch (error) {
    if (signal.aborted || readers.isReadCancelled(error)) return CANCELLED;
    console.error(error);
    return { problem: notice("error", documentErrorText(error, "paneExtractFailed")) };
  }
}

const useStyles = makeStyles({
  sources: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  file: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  actions: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  reading: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

/** The progress of the file being read, with its cancel button. */
function ReadingProgress({ file, progress, onCancel }: { file: string; progress: ReadProgress | null; onCancel: () => void }) {
  const lang = useLang();
  const styles = useStyles();
  // Until the first page is done (and for a .docx) the bar runs without a value.
  const value = progress === null ? undefined : progress.page / progress.pages;
  // "Reading page 3 of 120" while page 3 is read: two pages are done.
  const status = progress === null ? "" : t("paneReadingPage", lang, { page: Math.min(progress.page + 1, progress.pages), pages: progress.pages });
  return (
    <div className={styles.reading}>
      <ProgressBar aria-label={t("paneReadProgress", lang, { file })} value={value} max={1} />
      <div className={styles.actions}>
        <Caption1 aria-live="polite">{status}</Caption1>
        <Button size="small" onClick={onCancel}>
          {t("paneCancel", lang)}
        </Button>
      </div>
    </div>
  );
}

export interface ImportStepProps extends StepProps {
  sample?: SampleSource;
  draft: PlanDraft | null;
  onDraft: (draft: PlanDraft) => void;
  onEdit: (update: (draft: PlanDraft) => PlanDraft) => void;
}

export function ImportStep({ host, busy, run, outsideWrites, sample, draft, onDraft, onEdit }: ImportStepProps) {
  const lang = useLang();
  const styles = useStyles();
  const fileId = React.useId();
  const [text, setText] = React.useState("");
  const [problem, setProblem] = React.useState<Notice | null>(null);
  const [origin, setOrigin] = React.useState<Text | null>(null);
  // A new plan starts a new table: its review and messages belong to the old one.
  const [generation, setGeneration] = React.useState(0);
  // The file read under way: a ref for the handlers (a second file must see the first at once), state for the screen.
  const fileRead = React.useRef<FileRead | null>(null);
  const [reading, setReading] = React.useState<{ file: string; progress: ReadProgress | null } | null>(null);

  // Closing the pane mid-read stops the read.
  React.useEffect(() => () => fileRead.current?.controller.abort(), []);

  async function read(source: Source) {
    if (source.kind === "text") {
      if (source.text.trim() === "") setProblem(notice("warning", say("paneEmptyText")));
      // Pasted text is read at once; there is nothing to cancel.
      else await run({ key: "paneReading" }, () => importPlan(source, new AbortController().signal));
      return;
    }
    // A file chosen while another is read replaces it: the first is cancelled,
    // and this one starts once the first has let go, so the first's late
    // result never lands over this one.
    const previous = fileRead.current;
    const controller = new AbortController();
    let finished = (): void => undefined;
    const current: FileRead = { controller, done: new Promise<void>((resolve) => (finished = resolve)) };
    fileRead.current = current;
    try {
      if (previous !== null) {
        previous.controller.abort();
        await previous.done;
      }
      if (controller.signal.aborted) return; // replaced in turn while waiting
      await run({ key: "paneReadingFile", params: { file: sourceName(source) } }, () => importPlan(source, controller.signal));
    } finally {
      if (fileRead.current === current) {
        fileRead.current = null;
        setReading(null);
      }
      finished();
    }
  }

  /** Reads `source` into a new draft; once `signal` aborts nothing more happens and nothing is imported. */
  async function importPlan(source: Source, signal: AbortSignal): Promise<void> {
    setProblem(null);
    if (source.kind !== "text") {
      setReading({ file: sourceName(source), progress: null });
      // A document also needs the readers: start that download alongside the engine's (failures are reported below).
      loadReaders().catch(() => undefined);
    }
    let engine: Awaited<ReturnType<typeof loadEngine>>;
    try {
      engine = await loadEngine();
    } catch (error) {
      console.error(error);
      setProblem(notice("error", say("paneEngineLoadFailed")));
      return;
    }

    const read =
      source.kind === "text" || signal.aborted
        ? { text: source.kind === "text" ? source.text : "" }
        : await documentText(source, { signal, onProgress: (progress) => showProgress(progress, signal) });
    if ("problem" in read) {
      setProblem(read.problem);
      return;
    }
    if (signal.aborted || !("text" in read)) {
      // Replaced by another file: that read speaks for itself.
      if (fileRead.current?.controller.signal === signal) {
        setProblem(notice("info", say("paneReadCancelled", { file: sourceName(source) })));
      }
      return;
    }

    const planText = read.text;
    if (planText.length > engine.REVIEWABLE_CHARS) {
      const pages = Math.round(planText.length / engine.CHARS_PER_PAGE);
      const chars = planText.length;
      setProblem(notice("warning", (l) => t("paneTooLongToReview", l, { chars: formatNumber(chars, l), pages: formatNumber(pages, l) })));
      return;
    }
    let plan: Plan;
    let text: ReturnType<typeof engine.sourceOfDocument>;
    try {
      plan = engine.extractPlan(planText);
      // Kept with the draft so each target shows its whole sentence.
      text = engine.sourceOfDocument(planText, plan.targets);
    } catch (error) {
      console.error(error);
      setProblem(notice("error", say("paneExtractFailed")));
      return;
    }
    onDraft(draftFromPlan(plan, text));
    setOrigin(() => (source.kind === "text" ? say("paneSourceText") : say("paneSourceFile", { file: sourceName(source) })));
    setGeneration((current) => current + 1);
  }

  /** At most one render a page (the reader reports each page once), and none once cancelled. */
  function showProgress(progress: ReadProgress, signal: AbortSignal): void {
    if (signal.aborted) return;
    setReading((shown) => (shown === null || shown.progress?.page === progress.page ? shown : { ...shown, progress }));
  }

  function chooseFile(event: React.ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    void read({ kind: "file", file }).finally(() => {
      // Choosing the same file again (after fixing it) must fire another change.
      input.value = "";
    });
  }

  return (
    <>
      <Body1>{t("paneImportIntro", lang)}</Body1>
      <div className={styles.sources}>
        <div className={styles.file}>
          <Label htmlFor={fileId}>{t("paneFileLabel", lang)}</Label>
          <input
            id={fileId}
            type="file"
            accept=".docx,.pdf,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf,text/plain"
            // Open while a file is read: another file replaces it.
            disabled={busy !== null && reading === null}
            onChange={chooseFile}
          />
        </div>
        {sample && (
          <div className={styles.actions}>
            <Button disabledFocusable={busy !== null} onClick={() => void read({ kind: "sample", sample })}>
              {t("paneUseSample", lang)}
            </Button>
          </div>
        )}
        <Field label={t("panePasteLabel", lang)}>
          <Textarea
            value={text}
            onChange={(_event, data) => setText(data.value)}
            placeholder={t("panePastePlaceholder", lang)}
            resize="vertical"
            rows={6}
          />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" disabledFocusable={busy !== null} onClick={() => void read({ kind: "text", text })}>
            {t("paneRead", lang)}
          </Button>
        </div>
      </div>
      {reading !== null && (
        <ReadingProgress file={reading.file} progress={reading.progress} onCancel={() => fileRead.current?.controller.abort()} />
      )}
      <NoticeBar notice={problem} />
      {draft !== null && (
        <React.Suspense fallback={<Spinner size="tiny" label={t("paneReading", lang)} />}>
          {origin && <Caption1>{origin(lang)}</Caption1>}
          <PlanView key={generation} draft={draft} onEdit={onEdit} onReplace={onDraft} host={host} busy={busy} run={run} outsideWrites={outsideWrites} />
        </React.Suspense>
      )}
    </>
  );
}
