// What the engine read, for the planner to correct before it goes into the
// workbook: the document's information (editable: it is what gets written),
// then the targets in runs of section and level, each with editable kind,
// indicator, level, comparator, value(s) and unit, its sentence from the
// document with the figure highlighted, and a flag, with its reasons, when
// the reader was unsure. Values are checked as they are typed. Filters (chỉ
// tiêu / kết quả / cần kiểm tra) and "next to check" get a planner through
// 40–150 targets; a long list opens as compact rows (TargetCard.tsx). The
// write button, its messages and whether the book is behind ("chưa ghi")
// stay in a bar at the bottom while the list scrolls. "Ghi vào bảng tính"
// writes (see WriteReview.tsx). Loaded lazily (see ImportStep.tsx) with the engine.
import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Textarea,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { sentenceOf, type SentenceText } from "../domain/sentence";
import type { Target } from "../domain/plan";
import { formatIssueDate } from "../i18n/format";
import { t, type MessageKey } from "../i18n/messages";
import { isLowConfidence, levelLabel } from "./format";
import { NoHostNote, type Notice, notice, NoticeBar, say } from "./notice";
import {
  addTarget,
  draftFromPlan,
  type DraftProblem,
  editMeta,
  editRow,
  fieldLabel,
  groupRows,
  type MetaField,
  metaInputText,
  metaProblems,
  planFromDraft,
  problemText,
  removeTarget,
  restoreTarget,
  settleMeta,
  settleRow,
  type PlanDraft,
  type TargetDraft,
  type TargetEdit,
  updateTarget,
} from "./plan-draft";
import { COMPACT_FROM, filterCounts, markWritten, matchesFilter, nextFlagged, REVIEW_FILTERS, type ReviewFilter, unsavedState } from "./review-list";
import { TargetCard, type TargetPart } from "./TargetCard";
import type { StepProps } from "./tasks";
import { useWorkbookWrite, WriteReview } from "./WriteReview";
import { useLang } from "./language";

const META_FIELDS: readonly { field: MetaField; label: MessageKey }[] = [
  { field: "issuer", label: "metaIssuer" },
  { field: "number", label: "metaNumber" },
  { field: "date", label: "metaDate" },
  { field: "title", label: "metaTitle" },
  { field: "period", label: "metaPeriod" },
];

const FILTER_LABELS: Record<ReviewFilter, MessageKey> = {
  all: "reviewFilterAll",
  target: "reviewFilterTarget",
  baseline: "reviewFilterBaseline",
  flagged: "reviewFilterFlagged",
};

/** Problems linked from the write bar; the rest are counted. */
const PROBLEM_LINKS = 3;

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  meta: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  metaField: {
    flex: "1 1 140px",
    minWidth: 0,
  },
  metaWide: {
    flexBasis: "100%",
  },
  metaControl: {
    width: "100%",
    minWidth: 0,
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
  filters: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  // Stays in view at the bottom of the pane while the list scrolls; a long message scrolls inside it instead of covering the list.
  bar: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    maxHeight: "50vh",
    overflowY: "auto",
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  problemLinks: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
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

export default function PlanView({ draft, onEdit, onReplace, host, busy, run }: PlanViewProps) {
  const lang = useLang();
  const styles = useStyles();
  const documentTitleId = React.useId();
  const targetsTitleId = React.useId();
  const groupIdBase = React.useId();
  const [problem, setProblem] = React.useState<Notice | null>(null);
  const [problems, setProblems] = React.useState<DraftProblem[]>([]);
  const [announcement, setAnnouncement] = React.useState("");
  const elements = React.useRef(new Map<string, HTMLElement>());
  const addButton = React.useRef<HTMLButtonElement>(null);
  const [focusTarget, setFocusTarget] = React.useState<{ key: string } | null>(null);
  const writeButton = React.useRef<HTMLButtonElement>(null);
  const [filter, setFilter] = React.useState<ReviewFilter>("all");
  const [compact, setCompact] = React.useState(() => draft.rows.length > COMPACT_FROM);
  const [expanded, setExpanded] = React.useState<ReadonlySet<string>>(() => new Set());
  // The row the planner was last in: "next to check" goes on from there.
  const lastVisited = React.useRef<string | null>(null);
  // The document's text stays with the draft the write hands back.
  const source = React.useRef(draft.source);
  source.current = draft.source;
  const write = useWorkbookWrite(host, run, {
    // The workbook's ids (matched targets keep theirs) are the ones to edit from now on; the book now holds them.
    onWritten: (outcome) => onReplace(markWritten(draftFromPlan(outcome.plan, source.current))),
    returnFocus: writeButton,
  });
  // A review, or a list of cells to fix, describes the table as it was; an edit makes it stale.
  const { dismiss } = write;
  const shown = React.useRef({ rows: draft.rows, meta: draft.meta, dateInput: draft.dateInput });
  React.useEffect(() => {
    const before = shown.current;
    if (before.rows === draft.rows && before.meta === draft.meta && before.dateInput === draft.dateInput) return;
    shown.current = { rows: draft.rows, meta: draft.meta, dateInput: draft.dateInput };
    dismiss();
    setProblem(null);
    setProblems([]);
  }, [draft.rows, draft.meta, draft.dateInput, dismiss]);
  // Editing is paused while a plan is read or written, so what is written is what the table shows.
  const disabled = busy !== null;

  const register = React.useCallback((id: string, part: TargetPart | "date", element: HTMLElement | null) => {
    const key = `${part}:${id}`;
    if (element) elements.current.set(key, element);
    else elements.current.delete(key);
  }, []);

  React.useEffect(() => {
    if (focusTarget === null) return;
    const element = focusTarget.key === "add" ? addButton.current : elements.current.get(focusTarget.key);
    element?.focus();
    // Not in every engine (nor jsdom); focus alone still brings it into view there.
    element?.scrollIntoView?.({ block: "center" });
  }, [focusTarget]);

  const edit = React.useCallback(
    (id: string, change: TargetEdit) => onEdit((current) => updateTarget(current, id, (row) => editRow(row, change))),
    [onEdit],
  );
  const settle = React.useCallback(
    (id: string) => onEdit((current) => updateTarget(current, id, (row) => settleRow(row, lang))),
    [onEdit, lang],
  );
  const toggle = React.useCallback((id: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  const rows = draft.rows;
  const visible = rows.filter((row) => matchesFilter(row.target, filter));
  // Read by the memoised rows' callbacks without making them new functions on every keystroke.
  const current = React.useRef({ rows, visible, compact, filter });
  current.current = { rows, visible, compact, filter };

  /** Shows a target (clearing a filter that hides it, opening a compact row for a field) and moves focus to `part` of it. */
  const reveal = React.useCallback((id: string, part: TargetPart) => {
    const now = current.current;
    const row = now.rows.find((candidate) => candidate.target.id === id);
    if (row === undefined) return;
    if (!matchesFilter(row.target, now.filter)) setFilter(isLowConfidence(row.target) && part === "card" ? "flagged" : "all");
    let focus = part;
    if (now.compact && part === "card") focus = "toggle";
    else if (now.compact) setExpanded((open) => (open.has(id) ? open : new Set([...open, id])));
    lastVisited.current = id;
    setFocusTarget({ key: `${focus}:${id}` });
  }, []);

  const step = React.useCallback((id: string, by: -1 | 1) => {
    const ids = current.current.visible.map((row) => row.target.id);
    const next = ids[ids.indexOf(id) + by];
    if (next !== undefined) setFocusTarget({ key: `toggle:${next}` });
  }, []);

  // Removed rows, latest last, so each removal can be undone.
  const [removed, setRemoved] = React.useState<{ row: TargetDraft; index: number }[]>([]);
  const remove = React.useCallback(
    (id: string) => {
      // Focus goes to the next shown row's remove button (or the previous, or "add"), never to the page.
      const now = current.current;
      const ids = now.visible.map((row) => row.target.id);
      const shownIndex = ids.indexOf(id);
      const neighbour = ids[shownIndex + 1] ?? ids[shownIndex - 1];
      const index = now.rows.findIndex((row) => row.target.id === id);
      const row = now.rows[index];
      if (row !== undefined) setRemoved((list) => [...list, { row, index }]);
      onEdit((draftNow) => removeTarget(draftNow, id));
      const part = now.compact ? "toggle" : "remove";
      setFocusTarget({ key: neighbour === undefined ? "add" : `${part}:${neighbour}` });
      setAnnouncement(t("paneTargetRemoved", lang, { id }));
    },
    [onEdit, lang],
  );

  function add() {
    const added = addTarget(draft);
    onEdit(() => added.draft);
    const id = added.id;
    if (!matchesFilter(added.draft.rows[added.draft.rows.length - 1].target, filter)) setFilter("all");
    if (compact) setExpanded((open) => new Set([...open, id]));
    setFocusTarget({ key: `indicator:${id}` });
    setAnnouncement(t("paneTargetAdded", lang, { id }));
  }

  async function startWrite() {
    const result = planFromDraft(draft, lang);
    if ("problems" in result) {
      const first = result.problems[0];
      setProblem(
        notice("error", (now) => t("paneFixBeforeWrite", now, { count: result.problems.length, first: problemText(first, now) })),
      );
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    if (result.plan.targets.length === 0) {
      setProblem(notice("warning", say("paneNoTargetsToWrite")));
      return;
    }
    setProblem(null);
    await write.start((actions, target) => actions.proposePlanWrite(target, result.plan));
  }

  function goToProblem(found: DraftProblem) {
    if (found.targetId === null) setFocusTarget({ key: "date:meta" });
    else reveal(found.targetId, found.field === "date" ? "card" : found.field);
  }

  function undoRemove() {
    const last = removed[removed.length - 1];
    if (last === undefined) return;
    setRemoved(removed.slice(0, -1));
    onEdit((draftNow) => restoreTarget(draftNow, last.row, last.index));
    if (!matchesFilter(last.row.target, filter)) setFilter("all");
    setFocusTarget({ key: `${compact ? "toggle" : "remove"}:${last.row.target.id}` });
    setAnnouncement(t("paneTargetRestored", lang, { id: last.row.target.id }));
  }

  function goToNextFlagged() {
    const from = lastVisited.current !== null && rows.some((row) => row.target.id === lastVisited.current) ? lastVisited.current : null;
    const id = nextFlagged(rows, from);
    if (id !== null) reveal(id, "card");
  }

  function noteVisit(event: React.FocusEvent) {
    const id = (event.target as HTMLElement).closest("[data-target-id]")?.getAttribute("data-target-id");
    if (id) lastVisited.current = id;
  }

  // Sentences are found once per document, not on every keystroke, and each row keeps the same object (rows are memoised).
  const sentenceFor = React.useMemo(() => {
    const text = draft.source;
    const found = new Map<string, SentenceText | null>();
    return (target: Target): SentenceText | null => {
      if (text === null || target.quote === "") return null;
      const key = `${target.offset}:${target.quote}`;
      if (!found.has(key)) found.set(key, sentenceOf(text, target.offset, target.quote));
      return found.get(key) ?? null;
    };
  }, [draft.source]);

  const counts = filterCounts(rows);
  const lowConfidenceCount = counts.flagged;
  const groups = groupRows(visible);
  const unsaved = React.useMemo(() => unsavedState(draft), [draft]);
  const dateProblem = metaProblems(draft)[0];

  return (
    <>
      <section className={styles.section} aria-labelledby={documentTitleId}>
        <Subtitle2 as="h2" id={documentTitleId}>
          {t("paneDocumentTitle", lang)}
        </Subtitle2>
        <Caption1>{t("reviewMetaNote", lang)}</Caption1>
        <div className={styles.meta}>
          {META_FIELDS.map(({ field, label }) => {
            const common = {
              className: styles.metaControl,
              value: metaInputText(draft, field),
              placeholder: t("metaUnknown", lang),
              disabled,
            };
            const change = (text: string) => onEdit((now) => editMeta(now, field, text));
            return (
              <Field
                key={field}
                size="small"
                label={t(label, lang)}
                className={field === "title" || field === "issuer" ? styles.metaWide : styles.metaField}
                // The date as read back in the language's way ("5 Sep 2022"), so 05/09 is not taken for 9 May.
                hint={field === "date" ? (draft.meta.date === null || dateProblem ? t("reviewDateHint", lang) : formatIssueDate(draft.meta.date, lang)) : undefined}
                validationState={field === "date" && dateProblem ? "error" : undefined}
                validationMessage={field === "date" && dateProblem ? problemText(dateProblem, lang) : undefined}
              >
                {field === "title" ? (
                  <Textarea {...common} size="small" resize="vertical" rows={2} onChange={(_event, data) => change(data.value)} />
                ) : (
                  <Input
                    {...common}
                    ref={field === "date" ? (element) => register("meta", "date", element) : undefined}
                    size="small"
                    onChange={(_event, data) => change(data.value)}
                    onBlur={field === "date" ? () => onEdit(settleMeta) : undefined}
                  />
                )}
              </Field>
            );
          })}
        </div>
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
          <>
            <div role="group" aria-label={t("reviewFilterLabel", lang)} className={styles.filters}>
              {REVIEW_FILTERS.map((option) => (
                <ToggleButton key={option} size="small" checked={filter === option} onClick={() => setFilter(option)}>
                  {t(FILTER_LABELS[option], lang, { count: counts[option] })}
                </ToggleButton>
              ))}
            </div>
            <div className={styles.actions}>
              <Button size="small" disabledFocusable={lowConfidenceCount === 0} onClick={goToNextFlagged}>
                {t("reviewNextFlagged", lang)}
              </Button>
              <ToggleButton size="small" checked={compact} onClick={() => setCompact(!compact)}>
                {t("reviewCompact", lang)}
              </ToggleButton>
            </div>
          </>
        )}
        {rows.length > 0 && visible.length === 0 && <Caption1>{t("reviewFilterEmpty", lang)}</Caption1>}
        {visible.length > 0 && (
          <ul role="list" className={styles.groups} aria-label={t("paneEditList", lang)} onFocus={noteVisit}>
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
                        disabled={disabled}
                        sentence={sentenceFor(row.target)}
                        unsaved={unsaved.targets.has(row.target.id)}
                        compact={compact}
                        expanded={expanded.has(row.target.id)}
                        onToggle={toggle}
                        onStep={step}
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

      <div role="region" aria-label={t("reviewActionsLabel", lang)} className={styles.bar}>
        <div className={styles.actions}>
          <Button
            ref={writeButton}
            appearance="primary"
            disabledFocusable={disabled || host === null}
            onClick={() => void startWrite()}
          >
            {t("paneWrite", lang)}
          </Button>
          <UnsavedMark never={unsaved.never} changes={unsaved.changes} />
        </div>
        <NoHostNote show={host === null} />
        <NoticeBar notice={problem} />
        {problems.length > 0 && (
          <ul className={styles.problemLinks}>
            {problems.slice(0, PROBLEM_LINKS).map((found, index) => (
              <li key={index}>
                <Link as="button" onClick={() => goToProblem(found)}>
                  {t("reviewGoToProblem", lang, { field: fieldLabel(found.field, found.targetId, lang) })}
                </Link>
              </li>
            ))}
            {problems.length > PROBLEM_LINKS && <li>{t("reviewMoreProblems", lang, { count: problems.length - PROBLEM_LINKS })}</li>}
          </ul>
        )}
        {write.results.map((result, index) => (
          <NoticeBar key={index} notice={result} />
        ))}
      </div>
      {write.review && (
        <WriteReview proposal={write.review} busy={busy} onConfirm={() => void write.confirm()} onCancel={write.cancel} />
      )}
    </>
  );
}

/** Whether the book is behind the pane: never written, or edited since the last write. */
function UnsavedMark({ never, changes }: { never: boolean; changes: number }) {
  const lang = useLang();
  if (!never && changes === 0) return <Caption1>{t("reviewSaved", lang)}</Caption1>;
  return (
    <>
      <Badge appearance="filled" color="important">
        {t("reviewUnsaved", lang)}
      </Badge>
      <Caption1>{never ? t("reviewUnsavedNever", lang) : t("reviewUnsavedEdited", lang, { count: changes })}</Caption1>
    </>
  );
}
