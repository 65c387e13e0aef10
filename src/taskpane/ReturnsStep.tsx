// Step "Thu số liệu": the collection loop of issue 12 in the pane. Make one
// return file per school (all units or chosen ones) as a .zip download, or,
// where the host ignores downloads, open each in Excel to save; then choose
// the files schools sent back, see what would be refused and why, what
// would be taken in, and the cells where the book already holds another
// figure, decide, write, and see Tình hình nộp.
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Label,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Unit } from "../domain/tracking";
import { type Lang, t, withLaterMessages } from "../i18n/messages";
import type { CollectResult, Prefer, ReturnInput } from "../workbook/collect";
import { COLLECT_FIELD_KEYS, collectedCellText } from "../workbook/collect";
import { SUBMISSION_STATES, type Submission, type SubmissionState } from "../workbook/describe";
import { SHEET } from "../workbook/layout";
import { formatNumber } from "./format";
import { HeaderRow } from "./HeaderRow";
import { hostErrorText, NoHostNote, type Notice, notice, NoticeBar, say } from "./notice";
import type * as ReturnsActions from "./returns-actions";
import { saveBytes, ZIP_TYPE } from "./save-file";
import { useStepStyles } from "./step-styles";
import { type StepProps, useBookChanges } from "./tasks";
import { useLang } from "./language";

type Actions = typeof ReturnsActions;
const loadReturnsActions = (): Promise<Actions> => withLaterMessages(() => import(/* webpackChunkName: "returns-actions" */ "./returns-actions"));

/** Conflicting cells listed; more are counted (the choice applies to all). */
const CONFLICT_LIMIT = 100;

const useStyles = makeStyles({
  units: {
    display: "flex",
    flexDirection: "column",
    maxHeight: "220px",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    paddingLeft: tokens.spacingHorizontalS,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  scroller: {
    overflowX: "auto",
  },
  // Columns as wide as their content (Fluent's tables share the width out evenly): the unit's name gets the room.
  table: {
    tableLayout: "auto",
  },
  chip: {
    display: "inline-block",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    whiteSpace: "nowrap",
  },
  number: {
    textAlign: "right",
  },
  file: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

/** A titled list of lines; nothing when there are none. */
function LineSection({ title, hint, lines }: { title: string; hint?: string; lines: string[] }) {
  const styles = useStyles();
  const layout = useStepStyles();
  const titleId = React.useId();
  if (lines.length === 0) return null;
  return (
    <section className={layout.section} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        {title}
      </Subtitle2>
      {hint && <Caption1>{hint}</Caption1>}
      <ul className={styles.list}>
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

function StateChip({ state }: { state: SubmissionState }) {
  const lang = useLang();
  const styles = useStyles();
  const { key, fill, color } = SUBMISSION_STATES[state];
  return (
    <span className={styles.chip} style={{ backgroundColor: `#${fill}`, color: `#${color}` }}>
      {t(key, lang)}
    </span>
  );
}

function Submissions({ lines, onShowSheet, disabled }: { lines: Submission[]; onShowSheet: () => void; disabled: boolean }) {
  const lang = useLang();
  const styles = useStyles();
  const layout = useStepStyles();
  const titleId = React.useId();
  const count = (state: SubmissionState): number => lines.filter((line) => line.state === state).length;
  return (
    <section className={layout.section} aria-labelledby={titleId}>
      <Subtitle2 as="h2" id={titleId}>
        {t("paneReturnsStatusTitle", lang)}
      </Subtitle2>
      <Body1>
        {t("paneReturnsStatusCounts", lang, {
          received: count("received"),
          toFix: count("toFix"),
          none: count("none"),
        })}
      </Body1>
      <div className={styles.scroller}>
        <Table size="extra-small" className={styles.table} aria-label={t("paneReturnsStatusTable", lang)}>
          <HeaderRow keys={["paneReturnsColUnit", "paneReturnsColState", "paneReturnsColRows", "paneReturnsColToFix"]} />
          <TableBody>
            {lines.map((line) => (
              <TableRow key={line.unit.code}>
                <TableHeaderCell scope="row">
                  {line.unit.code} – {line.unit.name}
                </TableHeaderCell>
                <TableCell>
                  <StateChip state={line.state} />
                </TableCell>
                <TableCell className={styles.number}>
                  {formatNumber(line.filled, lang)}/{formatNumber(line.expected, lang)}
                </TableCell>
                <TableCell>{line.toFix.join(", ")}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <div className={layout.actions}>
        <Button disabledFocusable={disabled} onClick={onShowSheet}>
          {t("paneReturnsShowSheet", lang)}
        </Button>
      </div>
    </section>
  );
}

/** What the chosen files would do: refusals with their reasons, what is taken in, what was already collected, and conflicts. */
function CollectReview({
  result,
  prefer,
  onPrefer,
}: {
  result: CollectResult;
  prefer: Prefer;
  onPrefer: (prefer: Prefer) => void;
}) {
  const lang = useLang();
  const styles = useStyles();
  const layout = useStepStyles();
  const conflictsId = React.useId();
  const conflicts = result.conflicts.slice(0, CONFLICT_LIMIT);
  return (
    <>
      <LineSection
        title={t("paneReturnsRefusedTitle", lang, { count: result.refused.length })}
        hint={t("paneReturnsRefusedHint", lang)}
        lines={result.refused.map((refusal) => t("collectRefused", lang, { file: refusal.file, reason: t(refusal.key, lang, refusal.params) }))}
      />
      <LineSection
        title={t("paneReturnsToApplyTitle", lang, { count: result.applied.length })}
        lines={result.applied.map((applied) =>
          t("paneReturnsToApply", lang, {
            file: applied.file,
            unit: applied.unit.code,
            name: applied.unit.name,
            filled: applied.filled,
            expected: applied.expected,
          }),
        )}
      />
      <LineSection
        title={t("paneReturnsUnchangedTitle", lang, { count: result.unchanged.length })}
        lines={result.unchanged.map((item) => t("collectAlreadyCollected", lang, { file: item.file, unit: item.unitCode }))}
      />
      {result.conflicts.length > 0 && (
        <section className={layout.section} aria-labelledby={conflictsId}>
          <Subtitle2 as="h3" id={conflictsId}>
            {t("paneReturnsConflictsTitle", lang, {
              count: result.conflicts.length,
            })}
          </Subtitle2>
          <Caption1>{t("paneReturnsConflictsHint", lang)}</Caption1>
          <div className={styles.scroller}>
            <Table size="extra-small" className={styles.table} aria-label={t("paneReturnsConflictsTable", lang)}>
              <HeaderRow
                keys={["paneReturnsColUnit", "paneReturnsColTarget", "paneReturnsColColumn", "paneReturnsColBook", "paneReturnsColReturn"]}
              />
              <TableBody>
                {conflicts.map((conflict, index) => (
                  <TableRow key={index}>
                    <TableCell>{conflict.unitCode}</TableCell>
                    <TableCell>{conflict.targetId}</TableCell>
                    <TableCell>{t(COLLECT_FIELD_KEYS[conflict.field], lang)}</TableCell>
                    <TableCell>{collectedCellText(conflict.book, lang)}</TableCell>
                    <TableCell>{collectedCellText(conflict.incoming, lang)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {result.conflicts.length > conflicts.length && (
            <Body1>
              {t("paneReviewMore", lang, {
                count: result.conflicts.length - conflicts.length,
              })}
            </Body1>
          )}
          <RadioGroup
            aria-label={t("paneReturnsPreferLabel", lang)}
            value={prefer ?? ""}
            onChange={(_event, data) => onPrefer(data.value === "returns" || data.value === "book" ? data.value : null)}
          >
            <Radio value="returns" label={t("paneReturnsPreferReturns", lang)} />
            <Radio value="book" label={t("paneReturnsPreferBook", lang)} />
          </RadioGroup>
        </section>
      )}
    </>
  );
}

/** Loads the actions module and runs `work`; a failure to load or an unexpected host error becomes a notice. */
async function withActions(onFail: (notice: Notice) => void, work: (actions: Actions) => Promise<void>): Promise<void> {
  let actions: Actions;
  try {
    actions = await loadReturnsActions();
  } catch (error) {
    console.error(error);
    onFail(notice("error", say("paneModuleLoadFailed")));
    return;
  }
  try {
    await work(actions);
  } catch (error) {
    console.error(error);
    onFail(notice("error", hostErrorText(error, "paneHostReadFailed")));
  }
}

/** The chosen files, kept until written, so "Ghi vào sổ" takes in exactly what was reviewed. */
interface Review {
  inputs: ReturnInput[];
  result: CollectResult;
}

export default function ReturnsStep({ host, busy, run, outsideWrites }: StepProps) {
  const lang = useLang();
  const styles = useStyles();
  const layout = useStepStyles();
  const makeTitleId = React.useId();
  const collectTitleId = React.useId();
  const filesId = React.useId();
  const [units, setUnits] = React.useState<Unit[] | null>(null);
  const [lines, setLines] = React.useState<Submission[] | null>(null);
  // Null: every unit; otherwise the chosen codes.
  const [chosen, setChosen] = React.useState<ReadonlySet<string> | null>(null);
  const [overviewNotice, setOverviewNotice] = React.useState<Notice | null>(null);
  const [makeNotice, setMakeNotice] = React.useState<Notice | null>(null);
  const [collectNotice, setCollectNotice] = React.useState<Notice | null>(null);
  const [review, setReview] = React.useState<Review | null>(null);
  const [prefer, setPrefer] = React.useState<Prefer>(null);
  const noHost = host === null;

  const readOverview = React.useCallback(async (): Promise<boolean> => {
    if (host === null) return true;
    return run({ key: "paneBusyReadingBook" }, () =>
      withActions(setOverviewNotice, async (actions) => {
        setOverviewNotice(null);
        const overview = await actions.readOverview(host);
        if ("problem" in overview) {
          setUnits(null);
          setLines(null);
          setOverviewNotice(notice("info", say(overview.problem)));
          return;
        }
        setUnits(overview.units);
        setLines(overview.submissions);
        // Codes chosen before stay chosen while their units are still in the book.
        setChosen((current) => (current === null ? null : new Set(overview.units.map((unit) => unit.code).filter((code) => current.has(code)))));
      }),
    );
  }, [host, run]);

  // The book as it is when the step opens, and again after another step wrote it.
  React.useEffect(() => {
    void readOverview();
  }, [readOverview]);
  useBookChanges(outsideWrites, busy, readOverview);

  async function make(open: boolean) {
    if (host === null) return;
    const codes = chosen === null ? null : [...chosen];
    if (codes !== null && codes.length === 0) {
      setMakeNotice(notice("warning", say("paneReturnsNoneChosen")));
      return;
    }
    await run(
      {
        key: "paneBusyMakingReturns",
        params: { done: 0, total: codes?.length ?? units?.length ?? 0 },
      },
      (progress) =>
        withActions(setMakeNotice, async (actions) => {
          setMakeNotice(null);
          const made = await actions.makeReturns(host, codes, (done, total) => progress({ key: "paneBusyMakingReturns", params: { done, total } }));
          if ("problem" in made) {
            setMakeNotice(notice("info", say(made.problem)));
            return;
          }
          const details = made.noRows.map((unit) => say("paneReturnsNoRows", { code: unit.code, name: unit.name }));
          if (open && host.openAsNewWorkbook !== null) {
            for (const file of made.files) await host.openAsNewWorkbook(file.bytes);
            const names = made.files.map((file) => file.fileName).join(", ");
            setMakeNotice(notice("success", say("paneReturnsOpened", { count: made.files.length, names }), details));
            return;
          }
          saveBytes(actions.zipReturns(made), made.zipName, ZIP_TYPE);
          setMakeNotice(
            notice(
              "success",
              say("paneReturnsMade", {
                count: made.files.length,
                file: made.zipName,
              }),
              details,
            ),
          );
        }),
    );
  }

  async function chooseFiles(event: React.ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    if (files.length === 0 || host === null) return;
    await run(
      {
        key: "paneBusyReadingReturns",
        params: { done: 0, total: files.length },
      },
      (progress) =>
        withActions(setCollectNotice, async (actions) => {
          setCollectNotice(null);
          setReview(null);
          setPrefer(null);
          const inputs = await actions.readReturns(
            files.map((file) => ({
              name: file.name,
              bytes: async () => new Uint8Array(await file.arrayBuffer()),
            })),
            (done, total) =>
              progress({
                key: "paneBusyReadingReturns",
                params: { done, total },
              }),
          );
          const result = await actions.reviewCollect(host, inputs, null);
          if ("problem" in result) {
            setCollectNotice(notice("info", say(result.problem)));
            return;
          }
          setReview({ inputs, result });
          if (result.applied.length === 0) setCollectNotice(notice("warning", say("paneReturnsNothingToApply")));
        }),
    );
    // Choosing the same files again (after a school fixed one) must fire another change.
    input.value = "";
  }

  async function apply() {
    if (host === null || review === null) return;
    if (review.result.conflicts.length > 0 && prefer === null) {
      setCollectNotice(notice("warning", say("paneReturnsChoosePrefer")));
      return;
    }
    await run({ key: "paneBusyWriting" }, () =>
      withActions(setCollectNotice, async (actions) => {
        setCollectNotice(null);
        let outcome: ReturnsActions.CollectOutcome;
        try {
          outcome = await actions.applyCollect(host, review.inputs, prefer, review.result.conflicts.length);
        } catch (error) {
          console.error(error);
          setCollectNotice(notice("error", hostErrorText(error, "paneWriteFailed")));
          return;
        }
        if (outcome.kind === "problem") {
          setCollectNotice(notice("warning", say(outcome.key, outcome.params)));
        } else if (outcome.kind === "nothing") {
          setReview({ inputs: review.inputs, result: outcome.result });
          setCollectNotice(notice("warning", say("paneReturnsNothingToApply")));
        } else if (outcome.kind === "conflicts") {
          setReview({ inputs: review.inputs, result: outcome.result });
          setPrefer(null);
          setCollectNotice(
            notice(
              "warning",
              say("paneReturnsChanged", {
                count: outcome.result.conflicts.length,
              }),
            ),
          );
        } else {
          const { result } = outcome;
          setReview(null);
          setPrefer(null);
          setLines(outcome.submissions);
          const details = outcome.skipped.map((key) => say(key));
          const refused = result.refused.map(
            (refusal) => (current: Lang) =>
              t("collectRefused", current, {
                file: refusal.file,
                reason: t(refusal.key, current, refusal.params),
              }),
          );
          setCollectNotice(
            notice(
              details.length > 0 || refused.length > 0 ? "warning" : "success",
              say("paneReturnsWritten", {
                applied: result.applied.length,
                kept: result.kept,
                replaced: result.replaced,
              }),
              [...refused, ...details],
            ),
          );
        }
      }),
    );
  }

  function showSheet() {
    host?.select(SHEET.submissions, "A1").catch((error: unknown) => {
      console.error(error);
      setCollectNotice(notice("error", hostErrorText(error, say("paneSelectFailed", { cell: "A1", sheet: SHEET.submissions }))));
    });
  }

  function toggle(code: string, on: boolean) {
    setChosen((current) => {
      const next = new Set(current ?? []);
      if (on) next.add(code);
      else next.delete(code);
      return next;
    });
  }

  const canApply = review !== null && review.result.applied.length > 0;

  return (
    <>
      <Body1>{t("paneReturnsIntro", lang)}</Body1>
      <NoHostNote show={noHost} />
      <div className={layout.actions}>
        <Button disabledFocusable={busy !== null || noHost} onClick={() => void readOverview()}>
          {t("paneReturnsRead", lang)}
        </Button>
      </div>
      <NoticeBar notice={overviewNotice} />

      {units !== null && (
        <section className={layout.section} aria-labelledby={makeTitleId}>
          <Subtitle2 as="h2" id={makeTitleId}>
            {t("paneReturnsMakeTitle", lang)}
          </Subtitle2>
          <Checkbox
            checked={chosen === null}
            onChange={(_event, data) => setChosen(data.checked === true ? null : new Set())}
            label={t("paneReturnsAllUnits", lang, { count: units.length })}
          />
          {chosen !== null && (
            <div className={styles.units} role="group" aria-label={t("paneReturnsChosenUnits", lang)}>
              {units.map((unit) => (
                <Checkbox
                  key={unit.code}
                  checked={chosen.has(unit.code)}
                  onChange={(_event, data) => toggle(unit.code, data.checked === true)}
                  label={`${unit.code} – ${unit.name}`}
                />
              ))}
            </div>
          )}
          <div className={layout.actions}>
            {host?.canDownload !== false && (
              <Button appearance="primary" disabledFocusable={busy !== null || noHost} onClick={() => void make(false)}>
                {t("paneReturnsDownload", lang)}
              </Button>
            )}
            {host !== null && !host.canDownload && host.openAsNewWorkbook !== null && (
              <Button appearance="primary" disabledFocusable={busy !== null} onClick={() => void make(true)}>
                {t("paneReturnsOpenEach", lang)}
              </Button>
            )}
          </div>
          {host !== null && !host.canDownload && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{t("paneReturnsNoDownload", lang)}</MessageBarBody>
            </MessageBar>
          )}
          <NoticeBar notice={makeNotice} />
        </section>
      )}

      {units !== null && (
        <section className={layout.section} aria-labelledby={collectTitleId}>
          <Subtitle2 as="h2" id={collectTitleId}>
            {t("paneReturnsCollectTitle", lang)}
          </Subtitle2>
          <div className={styles.file}>
            <Label htmlFor={filesId}>{t("paneReturnsFilesLabel", lang)}</Label>
            <input
              id={filesId}
              type="file"
              multiple
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={busy !== null}
              onChange={(event) => void chooseFiles(event)}
            />
          </div>
          {review !== null && <CollectReview result={review.result} prefer={prefer} onPrefer={setPrefer} />}
          {review !== null && (
            <div className={layout.actions}>
              <Button appearance="primary" disabledFocusable={busy !== null || !canApply} onClick={() => void apply()}>
                {t("paneReturnsApply", lang)}
              </Button>
            </div>
          )}
          <NoticeBar notice={collectNotice} />
        </section>
      )}

      {lines !== null && lines.length > 0 && <Submissions lines={lines} onShowSheet={showSheet} disabled={busy !== null || noHost} />}
    </>
  );
}
