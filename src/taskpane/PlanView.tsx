// What the engine read, for the planner to correct before it goes into the
// workbook: the document's metadata, then the targets in runs of section and
// level, each with editable indicator, level, comparator, value(s) and unit,
// its quote from the document, and a flag when the reader was unsure. Values
// are checked as they are typed. Each target is a stacked block (TargetCard.tsx)
// sized for a pane ~350 px wide. "Ghi vào bảng tính" writes them (see
// WriteReview.tsx). Loaded lazily (see ImportStep.tsx) with the engine.
import * as React from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { PlanMeta } from "../domain/plan";
import { formatIssueDate } from "../i18n/format";
import { t, type Lang, type MessageKey } from "../i18n/messages";
import { isLowConfidence, levelLabel } from "./format";
import { type Notice, NoticeBar, notice, say } from "./notice";
import {
  addTarget,
  draftFromPlan,
  editRow,
  groupRows,
  planFromDraft,
  problemText,
  removeTarget,
  restoreTarget,
  settleRow,
  type PlanDraft,
  type TargetDraft,
  type TargetEdit,
  updateTarget,
} from "./plan-draft";
import { TargetCard } from "./TargetCard";
import type { StepProps } from "./tasks";
import { useWorkbookWrite, WriteStatus } from "./WriteReview";

const META_FIELDS: readonly { field: keyof PlanMeta; label: MessageKey }[] = [
  { field: "issuer", label: "metaIssuer" },
  { field: "number", label: "metaNumber" },
  { field: "date", label: "metaDate" },
  { field: "title", label: "metaTitle" },
  { field: "period", label: "metaPeriod" },
];

/** A metadata value as the planner reads it: the issue date the language's way, the rest as written. */
function metaText(meta: PlanMeta, field: keyof PlanMeta, lang: Lang): string {
  const value = meta[field];
  if (value === null || value === undefined) return t("metaUnknown", lang);
  return field === "date" ? formatIssueDate(value, lang) : value;
}

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  meta: {
    display: "grid",
    gridTemplateColumns: "minmax(auto, max-content) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  metaLabel: {
    color: tokens.colorNeutralForeground3,
  },
  metaValue: {
    margin: 0,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  // The pane is ~350 px wide: targets are stacked blocks (TargetCard), one
  // run of section and level under its heading, so nothing scrolls sideways.
  groups: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyleType: "none",
    minWidth: 0,
  },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  groupHeading: {
    margin: 0,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  targets: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
    minWidth: 0,
  },
  actions: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  // Announced by screen readers, not shown.
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export interface PlanViewProps extends StepProps {
  draft: PlanDraft;
  onEdit: (update: (draft: PlanDraft) => PlanDraft) => void;
  onReplace: (draft: PlanDraft) => void;
}

export default function PlanView({ draft, onEdit, onReplace, lang, host, busy, run }: PlanViewProps) {
  const styles = useStyles();
  const documentTitleId = React.useId();
  const targetsTitleId = React.useId();
  const groupIdBase = React.useId();
  const [problem, setProblem] = React.useState<Notice | null>(null);
  const [announcement, setAnnouncement] = React.useState("");
  const elements = React.useRef(new Map<string, HTMLElement>());
  const addButton = React.useRef<HTMLButtonElement>(null);
  const [focusTarget, setFocusTarget] = React.useState<{ key: string } | null>(null);
  const writeButton = React.useRef<HTMLButtonElement>(null);
  const write = useWorkbookWrite(host, run, {
    // The workbook's ids (matched targets keep theirs) are the ones to edit from now on.
    onWritten: (outcome) => onReplace(draftFromPlan(outcome.plan)),
    returnFocus: writeButton,
  });
  // A review, or a list of cells to fix, describes the table as it was; an edit makes it stale.
  const { dismiss } = write;
  const shownRows = React.useRef(draft.rows);
  React.useEffect(() => {
    if (shownRows.current === draft.rows) return;
    shownRows.current = draft.rows;
    dismiss();
    setProblem(null);
  }, [draft.rows, dismiss]);
  // Editing is paused while a plan is read or written, so what is written is what the table shows.
  const disabled = busy !== null;

  const register = React.useCallback((id: string, part: "indicator" | "remove", element: HTMLElement | null) => {
    const key = `${part}:${id}`;
    if (element) elements.current.set(key, element);
    else elements.current.delete(key);
  }, []);

  React.useEffect(() => {
    if (focusTarget === null) return;
    const element = focusTarget.key === "add" ? addButton.current : elements.current.get(focusTarget.key);
    element?.focus();
  }, [focusTarget]);

  const edit = React.useCallback(
    (id: string, change: TargetEdit) => onEdit((current) => updateTarget(current, id, (row) => editRow(row, change))),
    [onEdit],
  );
  const settle = React.useCallback(
    (id: string) => onEdit((current) => updateTarget(current, id, (row) => settleRow(row, lang))),
    [onEdit, lang],
  );
  // Read by `remove` without making it a new function on every keystroke (rows are memoised).
  const currentRows = React.useRef(draft.rows);
  currentRows.current = draft.rows;
  // Removed rows, latest last, so each removal can be undone.
  const [removed, setRemoved] = React.useState<{ row: TargetDraft; index: number }[]>([]);
  const remove = React.useCallback(
    (id: string) => {
      // Focus goes to the next row's remove button (or the previous, or "add"), never to the page.
      const ids = currentRows.current.map((row) => row.target.id);
      const index = ids.indexOf(id);
      const neighbour = ids[index + 1] ?? ids[index - 1];
      const row = currentRows.current[index];
      if (row !== undefined) setRemoved((list) => [...list, { row, index }]);
      onEdit((current) => removeTarget(current, id));
      setFocusTarget({ key: neighbour === undefined ? "add" : `remove:${neighbour}` });
      setAnnouncement(t("paneTargetRemoved", lang, { id }));
    },
    [onEdit, lang],
  );

  function add() {
    const added = addTarget(draft);
    onEdit(() => added.draft);
    const id = added.id;
    setFocusTarget({ key: `indicator:${id}` });
    setAnnouncement(t("paneTargetAdded", lang, { id }));
  }

  async function startWrite() {
    const result = planFromDraft(draft, lang);
    if ("problems" in result) {
      const first = result.problems[0];
      setProblem(
        notice("error", (current) =>
          t("paneFixBeforeWrite", current, { count: result.problems.length, first: problemText(first, current) }),
        ),
      );
      return;
    }
    if (result.plan.targets.length === 0) {
      setProblem(notice("warning", say("paneNoTargetsToWrite")));
      return;
    }
    setProblem(null);
    await write.start((actions, target) => actions.proposePlanWrite(target, result.plan));
  }

  function undoRemove() {
    const last = removed[removed.length - 1];
    if (last === undefined) return;
    setRemoved(removed.slice(0, -1));
    onEdit((current) => restoreTarget(current, last.row, last.index));
    setFocusTarget({ key: `remove:${last.row.target.id}` });
    setAnnouncement(t("paneTargetRestored", lang, { id: last.row.target.id }));
  }

  const rows = draft.rows;
  const lowConfidenceCount = rows.filter((row) => isLowConfidence(row.target)).length;
  const groups = groupRows(rows);

  return (
    <>
      <section className={styles.section} aria-labelledby={documentTitleId}>
        <Subtitle2 as="h2" id={documentTitleId}>
          {t("paneDocumentTitle", lang)}
        </Subtitle2>
        <dl className={styles.meta}>
          {META_FIELDS.map(({ field, label }) => (
            <React.Fragment key={field}>
              <dt className={styles.metaLabel}>{t(label, lang)}</dt>
              <dd className={styles.metaValue}>{metaText(draft.meta, field, lang)}</dd>
            </React.Fragment>
          ))}
        </dl>
      </section>

      <section className={styles.section} aria-labelledby={targetsTitleId}>
        <Subtitle2 as="h2" id={targetsTitleId}>
          {t("paneTargetsTitle", lang, { count: rows.length })}
        </Subtitle2>
        {rows.length === 0 ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t("paneNoTargets", lang)}</MessageBarBody>
          </MessageBar>
        ) : (
          <Caption1>{t("paneEditHint", lang)}</Caption1>
        )}
        {lowConfidenceCount > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t("paneLowConfidenceNote", lang, { count: lowConfidenceCount })}</MessageBarBody>
          </MessageBar>
        )}
        {rows.length > 0 && (
          <ul role="list" className={styles.groups} aria-label={t("paneEditList", lang)}>
            {groups.map((group, index) => {
              const headingId = `${groupIdBase}-${index}`;
              return (
                <li key={group.rows[0].target.id} className={styles.group}>
                  <h3 id={headingId} className={styles.groupHeading}>
                    {group.section === null
                      ? t("paneGroupNoSection", lang, { level: levelLabel(group.level, lang) })
                      : t("paneGroupHeading", lang, { section: group.section, level: levelLabel(group.level, lang) })}
                  </h3>
                  <ul role="list" className={styles.targets} aria-labelledby={headingId}>
                    {group.rows.map((row) => (
                      <TargetCard
                        key={row.target.id}
                        row={row}
                        lang={lang}
                        disabled={disabled}
                        onEdit={edit}
                        onSettle={settle}
                        onRemove={remove}
                        register={register}
                      />
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        )}
        <div className={styles.actions}>
          <Button ref={addButton} disabledFocusable={disabled} onClick={add}>
            {t("paneAddTarget", lang)}
          </Button>
          {removed.length > 0 && (
            <Button disabledFocusable={disabled} onClick={undoRemove}>
              {t("paneUndoRemove", lang, { id: removed[removed.length - 1].row.target.id })}
            </Button>
          )}
        </div>
        <div role="status" className={styles.visuallyHidden}>
          {announcement}
        </div>
      </section>

      <section className={styles.section}>
        <div className={styles.actions}>
          <Button
            ref={writeButton}
            appearance="primary"
            disabledFocusable={disabled || host === null}
            onClick={() => void startWrite()}
          >
            {t("paneWrite", lang)}
          </Button>
        </div>
        {host === null && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t("paneNoHost", lang)}</MessageBarBody>
          </MessageBar>
        )}
        <NoticeBar notice={problem} lang={lang} />
        <WriteStatus write={write} lang={lang} busy={busy} />
      </section>
    </>
  );
}
