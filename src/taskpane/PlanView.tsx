// What the engine read, for the planner to correct before it goes into the
// workbook: the document's metadata, then the targets in runs of section and
// level, each with editable indicator, level, comparator, value(s) and unit,
// its quote from the document, and a flag when the reader was unsure. Values
// are checked as they are typed. "Ghi vào bảng tính" writes them (see
// WriteReview.tsx). Loaded lazily (see ImportStep.tsx) with the engine.
import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { LEVELS, OPS, type Level, type Op, type PlanMeta } from "../domain/plan";
import { t, type Lang, type MessageKey } from "../i18n/messages";
import { formatNumber, isLowConfidence, levelLabel, opLabel } from "./format";
import { type Notice, NoticeBar, notice, say } from "./notice";
import {
  addTarget,
  type DraftField,
  draftFromPlan,
  editRow,
  groupRows,
  planFromDraft,
  problemText,
  removeTarget,
  rowProblems,
  settleRow,
  type PlanDraft,
  type TargetDraft,
  type TargetEdit,
  updateTarget,
  valueMaxText,
  valueText,
} from "./plan-draft";
import type { StepProps } from "./tasks";
import { useWorkbookWrite, WriteStatus } from "./WriteReview";

const META_FIELDS: readonly { field: keyof PlanMeta; label: MessageKey }[] = [
  { field: "issuer", label: "metaIssuer" },
  { field: "number", label: "metaNumber" },
  { field: "date", label: "metaDate" },
  { field: "title", label: "metaTitle" },
  { field: "period", label: "metaPeriod" },
];

/** Header and width of each column; the table lays out fixed, so the header cells set the widths. */
const COLUMNS: readonly { key: MessageKey; width: number }[] = [
  { key: "colId", width: 84 },
  { key: "colIndicator", width: 260 },
  { key: "colLevel", width: 140 },
  { key: "colComparator", width: 160 },
  { key: "colValue", width: 124 },
  { key: "colUnit", width: 116 },
  { key: "colQuote", width: 220 },
  { key: "colActions", width: 84 },
];
const TABLE_WIDTH = COLUMNS.reduce((sum, column) => sum + column.width, 0);

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  meta: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  metaLabel: {
    color: tokens.colorNeutralForeground3,
  },
  metaValue: {
    margin: 0,
  },
  // A pane is ~320 px wide: the table scrolls sideways.
  scroller: {
    overflowX: "auto",
  },
  table: {
    minWidth: `${TABLE_WIDTH}px`,
  },
  // The target's id stays in view while the table scrolls sideways.
  idCell: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  idCellDoubtful: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
  group: {
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
  },
  groupLabel: {
    position: "sticky",
    left: tokens.spacingHorizontalS,
  },
  lowConfidence: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
  cell: {
    verticalAlign: "top",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  flags: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    marginTop: tokens.spacingVerticalXXS,
  },
  values: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  quote: {
    fontStyle: "italic",
  },
  number: {
    width: "96px",
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

interface RowProps {
  row: TargetDraft;
  lang: Lang;
  disabled: boolean;
  onEdit: (id: string, edit: TargetEdit) => void;
  onSettle: (id: string) => void;
  onRemove: (id: string) => void;
  register: (id: string, part: "indicator" | "remove", element: HTMLElement | null) => void;
}

const TargetRow = React.memo(function TargetRow({ row, lang, disabled, onEdit, onSettle, onRemove, register }: RowProps) {
  const styles = useStyles();
  const { target } = row;
  const id = target.id;
  const doubtful = isLowConfidence(target);
  const problems = new Map<DraftField, string>();
  for (const problem of rowProblems(row, lang)) {
    if (!problems.has(problem.field)) problems.set(problem.field, problemText(problem, lang));
  }
  const validation = (field: DraftField) =>
    problems.has(field) ? { validationState: "error" as const, validationMessage: problems.get(field) } : {};

  return (
    <TableRow className={doubtful ? styles.lowConfidence : undefined}>
      <TableCell className={mergeClasses(styles.cell, styles.idCell, doubtful && styles.idCellDoubtful)}>
        {id}
        {(doubtful || target.kind === "baseline") && (
          <div className={styles.flags}>
            {doubtful && (
              <Badge appearance="filled" color="warning" size="small">
                {t("flagLowConfidence", lang)}
              </Badge>
            )}
            {target.kind === "baseline" && (
              <Badge appearance="outline" color="informative" size="small">
                {t("flagBaseline", lang)}
              </Badge>
            )}
          </div>
        )}
      </TableCell>
      <TableCell className={styles.cell}>
        <Field size="small" {...validation("indicator")}>
          <Textarea
            ref={(element) => register(id, "indicator", element)}
            size="small"
            resize="vertical"
            rows={3}
            aria-label={t("paneFieldIndicator", lang, { id })}
            value={target.indicator}
            disabled={disabled}
            onChange={(_event, data) => onEdit(id, { field: "indicator", text: data.value })}
          />
        </Field>
        {target.scope && <Caption1>({target.scope})</Caption1>}
      </TableCell>
      <TableCell className={styles.cell}>
        <Select
          size="small"
          aria-label={t("paneFieldLevel", lang, { id })}
          value={target.level}
          disabled={disabled}
          onChange={(_event, data) => onEdit(id, { field: "level", level: data.value as Level })}
        >
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {levelLabel(level, lang)}
            </option>
          ))}
        </Select>
      </TableCell>
      <TableCell className={styles.cell}>
        <Select
          size="small"
          aria-label={t("paneFieldOp", lang, { id })}
          value={target.op}
          disabled={disabled}
          onChange={(_event, data) => onEdit(id, { field: "op", op: data.value as Op })}
        >
          {OPS.map((op) => (
            <option key={op} value={op}>
              {opLabel(op, lang)}
            </option>
          ))}
        </Select>
      </TableCell>
      <TableCell className={styles.cell}>
        <div className={styles.values}>
          <Field size="small" {...validation("value")}>
            <Input
              className={styles.number}
              size="small"
              inputMode="decimal"
              aria-label={t("paneFieldValue", lang, { id })}
              value={valueText(row, lang)}
              disabled={disabled}
              onChange={(_event, data) => onEdit(id, { field: "value", text: data.value, lang })}
              onBlur={() => onSettle(id)}
            />
          </Field>
          {target.op === "between" && (
            <>
              <Caption1>{t("paneRangeTo", lang)}</Caption1>
              <Field size="small" {...validation("valueMax")}>
                <Input
                  className={styles.number}
                  size="small"
                  inputMode="decimal"
                  aria-label={t("paneFieldValueMax", lang, { id })}
                  value={valueMaxText(row, lang)}
                  disabled={disabled}
                  onChange={(_event, data) => onEdit(id, { field: "valueMax", text: data.value, lang })}
                  onBlur={() => onSettle(id)}
                />
              </Field>
            </>
          )}
          {target.denominator !== null && (
            <Caption1>{t("paneOutOf", lang, { total: formatNumber(target.denominator, lang) })}</Caption1>
          )}
        </div>
      </TableCell>
      <TableCell className={styles.cell}>
        <Field size="small" {...validation("unit")}>
          <Input
            className={styles.number}
            size="small"
            aria-label={t("paneFieldUnit", lang, { id })}
            value={target.unit}
            disabled={disabled}
            onChange={(_event, data) => onEdit(id, { field: "unit", text: data.value })}
          />
        </Field>
      </TableCell>
      <TableCell className={styles.cell}>
        {target.quote === "" ? (
          <Caption1>{t("paneAddedByHand", lang)}</Caption1>
        ) : (
          <span className={styles.quote}>“{target.quote}”</span>
        )}
      </TableCell>
      <TableCell className={styles.cell}>
        <Button
          ref={(element) => register(id, "remove", element)}
          size="small"
          aria-label={t("paneRemoveTarget", lang, { id })}
          disabledFocusable={disabled}
          onClick={() => onRemove(id)}
        >
          {t("paneRemove", lang)}
        </Button>
      </TableCell>
    </TableRow>
  );
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
  const remove = React.useCallback(
    (id: string) => {
      // Focus goes to the next row's remove button (or the previous, or "add"), never to the page.
      const ids = currentRows.current.map((row) => row.target.id);
      const index = ids.indexOf(id);
      const neighbour = ids[index + 1] ?? ids[index - 1];
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
              <dd className={styles.metaValue}>{draft.meta[field] ?? t("metaUnknown", lang)}</dd>
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
          <div className={styles.scroller}>
            <Table size="extra-small" className={styles.table} aria-label={t("paneEditTable", lang)}>
              <TableHeader>
                <TableRow>
                  {COLUMNS.map(({ key, width }, index) => (
                    <TableHeaderCell
                      key={key}
                      scope="col"
                      style={{ width: `${width}px` }}
                      className={index === 0 ? styles.idCell : undefined}
                    >
                      {t(key, lang)}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              {groups.map((group) => (
                <TableBody key={group.rows[0].target.id}>
                  <TableRow className={styles.group}>
                    <TableHeaderCell scope="rowgroup" colSpan={COLUMNS.length}>
                      <span className={styles.groupLabel}>
                        {group.section === null
                          ? t("paneGroupNoSection", lang, { level: levelLabel(group.level, lang) })
                          : t("paneGroupHeading", lang, { section: group.section, level: levelLabel(group.level, lang) })}
                      </span>
                    </TableHeaderCell>
                  </TableRow>
                  {group.rows.map((row) => (
                    <TargetRow
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
                </TableBody>
              ))}
            </Table>
          </div>
        )}
        <div className={styles.actions}>
          <Button ref={addButton} disabledFocusable={disabled} onClick={add}>
            {t("paneAddTarget", lang)}
          </Button>
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
