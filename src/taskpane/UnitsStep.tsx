// Step 3, "Đơn vị": the schools that report figures, pasted or taken from the
// selected range, read as the planner types (each skipped line said with its
// number), previewed, then written: "Tạo dòng nhập liệu" rebuilds the book's
// entry rows for these units, keeping what the remaining units entered.
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { defaultAreaName, readAreaName } from "../domain/area";
import type { Plan } from "../domain/plan";
import type { Unit } from "../domain/tracking";
import { addedToList, alignUnitCodes, repeatedNames } from "../domain/unit-codes";
import { parseUnitsText, type UnitNotice, type UnitProblem } from "../domain/unit-list";
import { trackingPairs } from "../workbook/describe";
import { trackedUnits } from "../workbook/model";
import { userUnits } from "../workbook/rebuild";
import { t, type MessageKey } from "../i18n/messages";
import { levelLabel } from "./format";
import { HeaderRow } from "./HeaderRow";
import { hostErrorText, NoHostNote, type Notice, notice, NoticeBar, say } from "./notice";
import { planFromDraft, problemText, type PlanDraft } from "./plan-draft";
import { useStepStyles } from "./step-styles";
import { type StepProps, useBookChanges } from "./tasks";
import { useWorkbookWrite, WriteStatus } from "./WriteReview";
import { useLang } from "./language";

const COLUMNS: readonly MessageKey[] = ["colUnitCode", "colUnitName", "colLevel", "colCommune", "colZone"];

/** Rows of the preview table; the rest are summed up in its title and still written. */
const PREVIEW_LIMIT = 200;

const useStyles = makeStyles({
  scroller: {
    overflowX: "auto",
  },
  table: {
    minWidth: "560px",
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
});

/**
 * Cells of the selected range as a unit list: tab-separated like a copy from
 * Excel, with cells quoted where they hold a separator, a quote or a line
 * break, so a one-column list of names with commas is not split at them.
 */
export function selectionText(cells: string[][]): string {
  const quote = (cell: string): string => (/[\t\n\r",;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return cells.map((row) => row.map(quote).join("\t")).join("\n");
}

/** What the list says about its lines, each with its line number; nothing when there is nothing to say. */
function LineList({ titleId, title, items }: { titleId: string; title: MessageKey; items: ReadonlyArray<UnitProblem | UnitNotice> }) {
  const lang = useLang();
  const styles = useStyles();
  const layout = useStepStyles();
  if (items.length === 0) return null;
  return (
    <section className={layout.section} aria-labelledby={titleId}>
      <Subtitle2 as="h2" id={titleId}>
        {t(title, lang, { count: items.length })}
      </Subtitle2>
      <ul className={styles.list}>
        {items.map((item, index) => (
          <li key={index}>{t(item.key, lang, item.params)}</li>
        ))}
      </ul>
    </section>
  );
}

export interface UnitsStepProps extends StepProps {
  /** The plan in the import step, used when the workbook has no book yet. */
  draft: PlanDraft | null;
  /** The list being pasted, kept by the pane (it survives a reload). */
  text: string;
  onText: (text: string) => void;
}

/** What the book already holds that the list is written into: its units and plan. */
interface Existing {
  units: Unit[];
  plan: Plan;
  area: string;
}

export default function UnitsStep({ host, busy, run, outsideWrites, draft, text, onText: setText }: UnitsStepProps) {
  const lang = useLang();
  const styles = useStyles();
  const layout = useStepStyles();
  const previewTitleId = React.useId();
  const problemsTitleId = React.useId();
  const noticesTitleId = React.useId();
  const namedTitleId = React.useId();
  const [problem, setProblem] = React.useState<Notice | null>(null);
  // The whole-area row's name: null until the planner edits it, so an existing book keeps its own name.
  const [typedArea, setTypedArea] = React.useState<string | null>(null);
  const suggestedArea = draft === null ? "" : defaultAreaName(draft.meta);
  const parsed = React.useMemo(() => parseUnitsText(text), [text]);
  const [existing, setExisting] = React.useState<Existing | null>(null);
  // A second list into a book with units: replace the old list, or add to it.
  const [mode, setMode] = React.useState<"replace" | "add">("replace");
  const [ownWrites, setOwnWrites] = React.useState(0);
  const writeButton = React.useRef<HTMLButtonElement>(null);
  const write = useWorkbookWrite(host, run, { returnFocus: writeButton, onWritten: () => setOwnWrites((count) => count + 1) });

  // The book's units, so the codes shown are the codes written; read on opening and after every write.
  const readExisting = React.useCallback(async (): Promise<boolean> => {
    if (host === null) return true;
    return run({ key: "paneBusyReadingBook" }, async () => {
      try {
        const book = await host.readBook();
        setExisting(book === null ? null : { units: userUnits(book), plan: book.plan, area: book.area });
      } catch (error) {
        // Unreadable now: the write says why when it is tried.
        console.error(error);
        setExisting(null);
      }
    });
  }, [host, run]);
  React.useEffect(() => {
    void readExisting();
  }, [readExisting]);
  useBookChanges(outsideWrites + ownWrites, busy, readExisting);

  const fromDraft = React.useMemo(() => (draft === null ? null : planFromDraft(draft, lang)), [draft, lang]);
  const list = React.useMemo(() => {
    const book = existing !== null && existing.units.length > 0 ? existing : null;
    const added = book !== null && mode === "add" ? addedToList(book.units, parsed.units) : null;
    const units = added?.units ?? (book === null ? parsed.units : alignUnitCodes(parsed.units, book.units));
    const plan = existing?.plan ?? (fromDraft !== null && "plan" in fromDraft ? fromDraft.plan : null);
    const area = existing?.area ?? (draft === null ? "" : defaultAreaName(draft.meta));
    const served = new Set(plan === null ? [] : trackingPairs(plan, trackedUnits(units, area)).map((pair) => pair.unit.code));
    return {
      units,
      repeated: added?.repeated ?? [],
      twice: repeatedNames(parsed.units),
      noTargets: plan === null ? [] : units.filter((unit) => !served.has(unit.code)),
    };
  }, [existing, mode, parsed.units, fromDraft, draft]);
  // A review, or a message about the list, describes it as it was; an edit makes it stale.
  const { dismiss } = write;
  const shownText = React.useRef(text);
  React.useEffect(() => {
    if (shownText.current === text) return;
    shownText.current = text;
    dismiss();
    setProblem(null);
  }, [text, dismiss]);
  const noHost = host === null;

  async function takeSelection() {
    if (host === null) return;
    await run({ key: "paneBusySelection" }, async () => {
      setProblem(null);
      let cells: string[][];
      try {
        cells = await host.selectedText();
      } catch (error) {
        console.error(error);
        setProblem(notice("error", hostErrorText(error, "paneHostReadFailed")));
        return;
      }
      const filled = cells.filter((row) => row.some((cell) => cell.trim() !== ""));
      if (filled.length === 0) {
        setProblem(notice("warning", say("paneUnitsSelectionEmpty")));
        return;
      }
      setText(selectionText(filled));
    });
  }

  async function makeRows() {
    if (parsed.units.length === 0) {
      setProblem(notice("warning", say("paneUnitsNone")));
      return;
    }
    if (list.units.length === 0) {
      setProblem(notice("warning", say("paneUnitsNone")));
      return;
    }
    let area: string | null = null;
    if (typedArea !== null) {
      const read = readAreaName(typedArea);
      if (!("name" in read)) {
        setProblem(notice("warning", say(read.key, read.params)));
        return;
      }
      area = read.name;
    }
    setProblem(null);
    // The codes shown are the ones written.
    const units = list.units;
    // Without a book, the plan being edited in step 1 (when it is ready) makes one.
    const panePlan = fromDraft !== null && "plan" in fromDraft ? fromDraft.plan : null;
    await write.start(async (actions, target) => {
      const proposal = await actions.proposeUnitsWrite(target, units, panePlan, area);
      if (proposal !== null) return proposal;
      if (fromDraft !== null && "problems" in fromDraft) {
        const first = fromDraft.problems[0];
        return notice("warning", (current) => t("paneUnitsPlanInvalid", current, { first: problemText(first, current) }));
      }
      return notice("warning", say("paneUnitsNoPlan"));
    });
  }

  const shown = list.units.slice(0, PREVIEW_LIMIT);
  const named: string[] = [
    ...list.repeated.map((unit) => t("paneUnitsAlreadyThere", lang, { name: unit.name })),
    ...list.twice.map(({ name, count }) => t("paneUnitsRepeatedName", lang, { name, count })),
    ...list.noTargets.map((unit) => t("paneUnitsNoTargets", lang, { code: unit.code, name: unit.name, levels: unit.levels.map((level) => levelLabel(level, lang)).join(", ") })),
  ];

  return (
    <>
      <Body1>{t("paneUnitsIntro", lang)}</Body1>
      <Field label={t("paneUnitsPasteLabel", lang)}>
        <Textarea
          value={text}
          onChange={(_event, data) => setText(data.value)}
          placeholder={t("paneUnitsPlaceholder", lang)}
          resize="vertical"
          rows={6}
        />
      </Field>
      <div className={layout.actions}>
        <Button disabledFocusable={busy !== null || noHost} onClick={() => void takeSelection()}>
          {t("paneUnitsUseSelection", lang)}
        </Button>
      </div>
      <Field label={t("paneAreaLabel", lang)} hint={t("paneAreaHint", lang)}>
        <Input value={typedArea ?? suggestedArea} placeholder={suggestedArea} onChange={(_event, data) => setTypedArea(data.value)} />
      </Field>
      {existing !== null && existing.units.length > 0 && (
        <RadioGroup
          aria-label={t("paneUnitsModeLabel", lang, { count: existing.units.length })}
          value={mode}
          onChange={(_event, data) => setMode(data.value === "add" ? "add" : "replace")}
        >
          <Caption1>{t("paneUnitsModeLabel", lang, { count: existing.units.length })}</Caption1>
          <Radio value="replace" label={t("paneUnitsModeReplace", lang)} />
          <Radio value="add" label={t("paneUnitsModeAdd", lang)} />
        </RadioGroup>
      )}
      <NoticeBar notice={problem} />

      {named.length > 0 && (
        <section className={layout.section} aria-labelledby={namedTitleId}>
          <Subtitle2 as="h2" id={namedTitleId}>
            {t("paneUnitsNamedTitle", lang, { count: named.length })}
          </Subtitle2>
          <ul className={styles.list}>
            {named.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </section>
      )}

      <LineList titleId={problemsTitleId} title="paneUnitsProblemsTitle" items={parsed.problems} />
      {/* Lines used, but not as the planner may think (a unit coded HUYEN is the district's row). */}
      <LineList titleId={noticesTitleId} title="paneUnitsNoticesTitle" items={parsed.notices ?? []} />

      {text.trim() !== "" && (
        <section className={layout.section} aria-labelledby={previewTitleId}>
          <Subtitle2 as="h2" id={previewTitleId}>
            {t("paneUnitsPreviewTitle", lang, { count: list.units.length })}
          </Subtitle2>
          {list.units.length === 0 ? (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{t("paneUnitsNone", lang)}</MessageBarBody>
            </MessageBar>
          ) : (
            <div className={styles.scroller}>
              <Table size="extra-small" className={styles.table} aria-label={t("paneUnitsTable", lang)}>
                <HeaderRow keys={COLUMNS} />
                <TableBody>
                  {shown.map((unit) => (
                    <TableRow key={unit.code}>
                      <TableCell>{unit.code}</TableCell>
                      <TableCell>{unit.name}</TableCell>
                      <TableCell>{unit.levels.map((level) => levelLabel(level, lang)).join(", ")}</TableCell>
                      <TableCell>{unit.commune ?? ""}</TableCell>
                      <TableCell>{unit.zone ?? ""}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          {list.units.length > shown.length && (
            <Body1>{t("paneReviewMore", lang, { count: list.units.length - shown.length })}</Body1>
          )}
        </section>
      )}

      <div className={layout.actions}>
        <Button ref={writeButton} appearance="primary" disabledFocusable={busy !== null || noHost} onClick={() => void makeRows()}>
          {t("paneUnitsWrite", lang)}
        </Button>
      </div>
      <NoHostNote show={noHost} />
      <WriteStatus write={write} busy={busy} />
    </>
  );
}
