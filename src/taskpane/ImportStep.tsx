// Step 1, "Nhập kế hoạch": a plan from a file, from pasted text or from the
// sample, read by the engine into the editable targets table (PlanView,
// which also writes the workbook). The engine, the document readers and the
// table are fetched on the first read, not with the pane.
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Label,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Plan } from "../domain/plan";
import { formatNumber } from "../i18n/format";
import { t } from "../i18n/messages";
import type { PdfjsLoader } from "../readers/pdfjs-types";
import { type Notice, NoticeBar, documentErrorText, notice, say, type Text } from "./notice";
import { draftFromPlan, type PlanDraft } from "./plan-draft";
import type { Busy, StepProps } from "./tasks";

export interface SampleSource {
  fileName: string;
  load: () => Promise<Uint8Array>;
}

const planViewChunk = () => import(/* webpackChunkName: "plan-view" */ "./PlanView");
const PlanView = React.lazy(planViewChunk);

/** The engine and the table together, so a failed download is one message here, not a broken pane later. */
async function loadEngine() {
  const [engine] = await Promise.all([import(/* webpackChunkName: "engine" */ "../domain/extract"), planViewChunk()]);
  return engine;
}

function loadReaders() {
  return import(/* webpackChunkName: "readers" */ "../readers");
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

/** The text of a chosen file or of the sample, or what to tell the planner when there is none. */
async function documentText(source: Exclude<Source, { kind: "text" }>): Promise<{ text: string } | { problem: Notice }> {
  let readers: Awaited<ReturnType<typeof loadReaders>>;
  try {
    readers = await loadReaders();
  } catch (error) {
    console.error(error);
    return { problem: notice("error", say("paneEngineLoadFailed")) };
  }
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
    console.error(error);
    return {
      problem: notice("error", source.kind === "file" ? say("paneFileOpenFailed", { file: source.file.name }) : say("paneSampleFailed")),
    };
  }
  try {
    return { text: await readers.readDocument(bytes, sourceName(source), { loadPdfjs }) };
  } catch (error) {
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
});

export interface ImportStepProps extends StepProps {
  sample?: SampleSource;
  draft: PlanDraft | null;
  onDraft: (draft: PlanDraft) => void;
  onEdit: (update: (draft: PlanDraft) => PlanDraft) => void;
}

export function ImportStep({ lang, host, busy, run, sample, draft, onDraft, onEdit }: ImportStepProps) {
  const styles = useStyles();
  const fileId = React.useId();
  const [text, setText] = React.useState("");
  const [problem, setProblem] = React.useState<Notice | null>(null);
  const [origin, setOrigin] = React.useState<Text | null>(null);
  // A new plan starts a new table: its review and messages belong to the old one.
  const [generation, setGeneration] = React.useState(0);

  async function read(source: Source) {
    if (source.kind === "text" && source.text.trim() === "") {
      setProblem(notice("warning", say("paneEmptyText")));
      return;
    }
    const label: Busy =
      source.kind === "text" ? { key: "paneReading" } : { key: "paneReadingFile", params: { file: sourceName(source) } };
    await run(label, async () => {
      setProblem(null);
      // A document also needs the readers: start that download alongside the engine's (failures are reported below).
      if (source.kind !== "text") loadReaders().catch(() => undefined);
      let engine: Awaited<ReturnType<typeof loadEngine>>;
      try {
        engine = await loadEngine();
      } catch (error) {
        console.error(error);
        setProblem(notice("error", say("paneEngineLoadFailed")));
        return;
      }

      let planText: string;
      if (source.kind === "text") {
        planText = source.text;
      } else {
        const read = await documentText(source);
        if ("problem" in read) {
          setProblem(read.problem);
          return;
        }
        planText = read.text;
      }

      if (planText.length > engine.REVIEWABLE_CHARS) {
        const pages = Math.round(planText.length / engine.CHARS_PER_PAGE);
        const chars = planText.length;
        setProblem(notice("warning", (l) => t("paneTooLongToReview", l, { chars: formatNumber(chars, l), pages: formatNumber(pages, l) })));
        return;
      }
      let plan: Plan;
      try {
        plan = engine.extractPlan(planText);
      } catch (error) {
        console.error(error);
        setProblem(notice("error", say("paneExtractFailed")));
        return;
      }
      onDraft(draftFromPlan(plan));
      setOrigin(() => (source.kind === "text" ? say("paneSourceText") : say("paneSourceFile", { file: sourceName(source) })));
      setGeneration((current) => current + 1);
    });
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
            disabled={busy !== null}
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
      <NoticeBar notice={problem} lang={lang} />
      {draft !== null && (
        <React.Suspense fallback={<Spinner size="tiny" label={t("paneReading", lang)} />}>
          {origin && <Caption1>{origin(lang)}</Caption1>}
          <PlanView key={generation} draft={draft} onEdit={onEdit} onReplace={onDraft} lang={lang} host={host} busy={busy} run={run} />
        </React.Suspense>
      )}
    </>
  );
}
