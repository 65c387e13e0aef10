// One target of the editable plan (PlanView.tsx), laid out for a task pane
// about 350 px wide: a stacked block rather than a table row, so nothing
// scrolls sideways.
//
//   T003 [Cần kiểm tra] [Kết quả] [Chưa ghi]          [Xoá]
//   Cần kiểm tra: why, in words
//   ┌ indicator, full width, growing with its text ────────┐
//   Loại       Cấp học      So sánh        Giá trị   (Giá trị trên)  Đơn vị
//   [Chỉ tiêu] [Tiểu học ▾] [≥ (đạt…) ▾]   [98,5]    [   ]           [%]
//   “the whole sentence of the document, its figure highlighted”
//
// In a long list the target is first one dense row (id, flags, indicator,
// threshold) that opens into the block above on demand.
//
// Each control keeps its own label with the target's id ("Giá trị của T003"),
// so a screen reader knows which target it is in wherever focus lands; the
// small visible labels are the words of that label (label in name).
import * as React from "react";
import { Badge, Button, Caption1, Field, Input, Select, Textarea, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { LEVELS, OPS, indicatorText, type Target, type TargetKind } from "../domain/plan";
import type { SentenceText } from "../domain/sentence";
import { t, type Lang } from "../i18n/messages";
import { doubtsText } from "../i18n/format";
import { formatNumber, formatValue, isLowConfidence, levelLabel, opLabel } from "./format";
import { type DraftField, problemText, rowProblems, type TargetDraft, type TargetEdit, valueMaxText, valueText } from "./plan-draft";
import { useLang } from "./language";

const useStyles = makeStyles({
  card: {
    listStyleType: "none",
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  // The reader was unsure: yellow, as the hint above the list says, and a
  // thicker edge that does not rely on colour alone (the badge says it in words).
  doubtful: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderTopColor: tokens.colorPaletteYellowBorder2,
    borderRightColor: tokens.colorPaletteYellowBorder2,
    borderBottomColor: tokens.colorPaletteYellowBorder2,
    borderLeftColor: tokens.colorPaletteYellowBorder2,
    borderLeftWidth: tokens.strokeWidthThickest,
  },
  why: {
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  // The compact row: a full-width button holding the target's gist, wrapping rather than widening the pane.
  summary: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    minWidth: 0,
    margin: 0,
    padding: 0,
    border: "none",
    background: "none",
    color: "inherit",
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThick,
    },
  },
  summaryIndicator: {
    overflowWrap: "anywhere",
    // Two lines at most: the open card shows the rest.
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  summaryThreshold: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  expanded: {
    marginTop: tokens.spacingVerticalS,
  },
  // Programmatic focus only ("next to check", an error's link): the ring shows where it went.
  focusTarget: {
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  highlight: {
    fontStyle: "normal",
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
  },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  head: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  headLabel: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    flexGrow: 1,
    minWidth: 0,
  },
  id: {
    fontWeight: tokens.fontWeightSemibold,
    marginRight: tokens.spacingHorizontalXXS,
  },
  remove: {
    flexShrink: 0,
  },
  indicator: {
    width: "100%",
  },
  // Grows with the text (Chromium, WebView2); older engines get the same from `useAutoGrow`.
  indicatorText: {
    fieldSizing: "content",
    minHeight: "32px",
    maxHeight: "200px",
  },
  fields: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  level: {
    flex: "1 1 112px",
    minWidth: 0,
  },
  kind: {
    flex: "1 1 120px",
    minWidth: 0,
  },
  op: {
    flex: "1 1 148px",
    minWidth: 0,
  },
  number: {
    flex: "1 1 80px",
    minWidth: 0,
    maxWidth: "140px",
  },
  unit: {
    flex: "1 1 80px",
    minWidth: 0,
  },
  // A field with a message to show takes the whole line, so the message is readable.
  wide: {
    flexBasis: "100%",
    maxWidth: "100%",
  },
  fieldLabel: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase100,
    color: tokens.colorNeutralForeground2,
    paddingTop: 0,
    paddingBottom: 0,
  },
  control: {
    width: "100%",
    minWidth: 0,
  },
  quote: {
    margin: 0,
    fontStyle: "italic",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  scope: {
    overflowWrap: "anywhere",
  },
});

const supportsFieldSizing =
  typeof CSS !== "undefined" && typeof CSS.supports === "function" && CSS.supports("field-sizing", "content");

/** Sizes a textarea to its text where CSS `field-sizing` is not supported (Safari before 26). */
function useAutoGrow(element: React.RefObject<HTMLTextAreaElement | null>, text: string): void {
  React.useLayoutEffect(() => {
    const textarea = element.current;
    if (supportsFieldSizing || !textarea) return;
    const fit = () => {
      textarea.style.height = "auto";
      if (textarea.scrollHeight > 0) {
        textarea.style.height = `${textarea.scrollHeight + textarea.offsetHeight - textarea.clientHeight}px`;
      }
    };
    fit();
    window.addEventListener("resize", fit);
    return () => window.removeEventListener("resize", fit);
  }, [element, text]);
}

/** The parts of a target the list moves focus to. */
export type TargetPart = "card" | "toggle" | "indicator" | "value" | "valueMax" | "unit" | "remove";

const KINDS: readonly { kind: TargetKind; label: "reviewKindTarget" | "reviewKindBaseline" }[] = [
  { kind: "target", label: "reviewKindTarget" },
  { kind: "baseline", label: "reviewKindBaseline" },
];

export interface TargetCardProps {
  row: TargetDraft;
  disabled: boolean;
  /** Its sentence in the document; null when the document's text is not kept (or the target was added by hand). */
  sentence: SentenceText | null;
  /** Edited or added since the last write. */
  unsaved: boolean;
  /** Shown as a one-line row that opens into the editable card. */
  compact: boolean;
  expanded: boolean;
  onToggle: (id: string) => void;
  /** Arrow keys on a compact row: to the row above (-1) or below (1). */
  onStep: (id: string, by: -1 | 1) => void;
  onEdit: (id: string, edit: TargetEdit) => void;
  onSettle: (id: string) => void;
  onRemove: (id: string) => void;
  register: (id: string, part: TargetPart, element: HTMLElement | null) => void;
}

/** The flags of a target in words, as badges; the leading spaces keep a group's name "T003 Cần kiểm tra", not "T003Cần kiểm tra". */
function Flags({ target, unsaved }: { target: Target; unsaved: boolean }) {
  const lang = useLang();
  return (
    <>
      {isLowConfidence(target) && " "}
      {isLowConfidence(target) && (
        <Badge appearance="filled" color="warning" size="small">
          {t("flagLowConfidence", lang)}
        </Badge>
      )}
      {target.kind === "baseline" && " "}
      {target.kind === "baseline" && (
        <Badge appearance="outline" color="informative" size="small">
          {t("reviewBadgeBaseline", lang)}
        </Badge>
      )}
      {unsaved && " "}
      {unsaved && (
        <Badge appearance="tint" color="important" size="small">
          {t("reviewUnsaved", lang)}
        </Badge>
      )}
    </>
  );
}

/** Why the reader was unsure, from the engine's own reasons (older books have none recorded). */
function doubtText(target: Target, lang: Lang): string {
  const reasons = doubtsText(target.doubts, lang);
  return reasons === "" ? t("reviewFlagNoReason", lang) : t("flagLowConfidenceWhy", lang, { reasons });
}

export const TargetCard = React.memo(function TargetCard(props: TargetCardProps) {
  const lang = useLang();
  const { row, compact, expanded, onToggle, onStep, register } = props;
  const styles = useStyles();
  const bodyId = React.useId();
  const { target } = row;
  const id = target.id;
  const doubtful = isLowConfidence(target);
  const open = !compact || expanded;
  const threshold = `${opLabel(target.op, lang, "short")} ${formatValue(target, lang)} ${target.unit}`.trim();

  return (
    <li className={mergeClasses(styles.card, doubtful && styles.doubtful)} data-target-id={id}>
      {compact && (
        <button
          ref={(element) => register(id, "toggle", element)}
          type="button"
          className={styles.summary}
          aria-expanded={expanded}
          aria-controls={expanded ? bodyId : undefined}
          onClick={() => onToggle(id)}
          onKeyDown={(event) => {
            if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
            event.preventDefault();
            onStep(id, event.key === "ArrowDown" ? 1 : -1);
          }}
        >
          <span className={styles.headLabel}>
            <span className={styles.id}>{id}</span>
            <Flags target={target} unsaved={props.unsaved} />
          </span>
          <span className={styles.summaryIndicator}>{indicatorText(target) || t("paneAddedByHand", lang)}</span>
          <span className={styles.summaryThreshold}>
            {threshold} · {levelLabel(target.level, lang)}
          </span>
        </button>
      )}
      {compact && !expanded && doubtful && <Caption1 className={styles.why}>{doubtText(target, lang)}</Caption1>}
      {open && <CardBody {...props} bodyId={bodyId} />}
    </li>
  );
});

/** A small labelled drop-down of one target; `name` says which target it belongs to. */
function ChoiceField<Value extends string>(props: {
  className: string;
  label: string;
  name: string;
  value: Value;
  options: readonly (readonly [Value, string])[];
  disabled: boolean;
  onChange: (value: Value) => void;
}) {
  const styles = useStyles();
  return (
    <Field size="small" className={props.className} label={{ className: styles.fieldLabel, children: props.label }}>
      <Select
        size="small"
        className={styles.control}
        aria-label={props.name}
        value={props.value}
        disabled={props.disabled}
        // The options are the only values the select can give.
        onChange={(_event, data) => props.onChange(data.value as Value)}
      >
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function CardBody({
  row,
  disabled,
  sentence,
  unsaved,
  compact,
  onEdit,
  onSettle,
  onRemove,
  register,
  bodyId,
}: TargetCardProps & { bodyId: string }) {
  const lang = useLang();
  const styles = useStyles();
  const headId = React.useId();
  const { target } = row;
  const id = target.id;
  const doubtful = isLowConfidence(target);
  const problems = new Map<DraftField, string>();
  for (const problem of rowProblems(row, lang)) {
    if (!problems.has(problem.field)) problems.set(problem.field, problemText(problem, lang));
  }
  const validation = (field: DraftField) =>
    problems.has(field) ? { validationState: "error" as const, validationMessage: problems.get(field) } : {};
  const wideIf = (field: DraftField) => (problems.has(field) ? styles.wide : undefined);

  const indicator = React.useRef<HTMLTextAreaElement | null>(null);
  const indicatorRef = React.useCallback(
    (element: HTMLTextAreaElement | null) => {
      indicator.current = element;
      register(id, "indicator", element);
    },
    [register, id],
  );
  useAutoGrow(indicator, target.indicator);
  const fieldLabel = (text: string) => ({ className: styles.fieldLabel, children: text });

  return (
    <>
      {/* Entering a target by Tab announces its id and flags, not only the control's own label. */}
      <div
        id={bodyId}
        ref={(element) => register(id, "card", element)}
        role="group"
        aria-labelledby={headId}
        tabIndex={-1}
        className={mergeClasses(styles.body, styles.focusTarget, compact && styles.expanded)}
      >
        <div className={styles.head}>
          <span id={headId} className={styles.headLabel}>
            <span className={styles.id}>{id}</span>
            <Flags target={target} unsaved={unsaved} />
          </span>
          <Button
            ref={(element) => register(id, "remove", element)}
            className={styles.remove}
            size="small"
            aria-label={t("paneRemoveTarget", lang, { id })}
            disabledFocusable={disabled}
            onClick={() => onRemove(id)}
          >
            {t("paneRemove", lang)}
          </Button>
        </div>
        {doubtful && <Caption1 className={styles.why}>{doubtText(target, lang)}</Caption1>}
        <Field size="small" className={styles.indicator} {...validation("indicator")}>
          <Textarea
            ref={indicatorRef}
            size="small"
            resize="none"
            rows={1}
            textarea={{ className: styles.indicatorText }}
            aria-label={t("paneFieldIndicator", lang, { id })}
            value={target.indicator}
            disabled={disabled}
            onChange={(_event, data) => onEdit(id, { field: "indicator", text: data.value })}
          />
        </Field>
        {target.scope && <Caption1 className={styles.scope}>({target.scope})</Caption1>}

        <div className={styles.fields}>
          <ChoiceField
            className={styles.kind}
            label={t("reviewKindLabel", lang)}
            name={t("reviewFieldKind", lang, { id })}
            value={target.kind}
            options={KINDS.map(({ kind, label }) => [kind, t(label, lang)])}
            disabled={disabled}
            onChange={(kind) => onEdit(id, { field: "kind", kind })}
          />
          <ChoiceField
            className={styles.level}
            label={t("colLevel", lang)}
            name={t("paneFieldLevel", lang, { id })}
            value={target.level}
            options={LEVELS.map((level) => [level, levelLabel(level, lang)])}
            disabled={disabled}
            onChange={(level) => onEdit(id, { field: "level", level })}
          />
          <ChoiceField
            className={styles.op}
            label={t("colComparator", lang)}
            name={t("paneFieldOp", lang, { id })}
            value={target.op}
            options={OPS.map((op) => [op, opLabel(op, lang)])}
            disabled={disabled}
            onChange={(op) => onEdit(id, { field: "op", op })}
          />
          <Field
            size="small"
            className={mergeClasses(styles.number, wideIf("value"))}
            label={fieldLabel(t("colValue", lang))}
            hint={target.denominator === null ? undefined : t("paneOutOf", lang, { total: formatNumber(target.denominator, lang) })}
            {...validation("value")}
          >
            <Input
              ref={(element) => register(id, "value", element)}
              size="small"
              className={styles.control}
              inputMode="decimal"
              aria-label={t("paneFieldValue", lang, { id })}
              value={valueText(row, lang)}
              disabled={disabled}
              onChange={(_event, data) => onEdit(id, { field: "value", text: data.value, lang })}
              onBlur={() => onSettle(id)}
            />
          </Field>
          {target.op === "between" && (
            <Field
              size="small"
              className={mergeClasses(styles.number, wideIf("valueMax"))}
              label={fieldLabel(t("paneLabelValueMax", lang))}
              {...validation("valueMax")}
            >
              <Input
                ref={(element) => register(id, "valueMax", element)}
                size="small"
                className={styles.control}
                inputMode="decimal"
                aria-label={t("paneFieldValueMax", lang, { id })}
                value={valueMaxText(row, lang)}
                disabled={disabled}
                onChange={(_event, data) => onEdit(id, { field: "valueMax", text: data.value, lang })}
                onBlur={() => onSettle(id)}
              />
            </Field>
          )}
          <Field
            size="small"
            className={mergeClasses(styles.unit, wideIf("unit"))}
            label={fieldLabel(t("colUnit", lang))}
            {...validation("unit")}
          >
            <Input
              ref={(element) => register(id, "unit", element)}
              size="small"
              className={styles.control}
              aria-label={t("paneFieldUnit", lang, { id })}
              value={target.unit}
              disabled={disabled}
              onChange={(_event, data) => onEdit(id, { field: "unit", text: data.value })}
            />
          </Field>
        </div>

        {target.quote === "" ? (
          <Caption1>{t("paneAddedByHand", lang)}</Caption1>
        ) : sentence === null ? (
          <blockquote className={styles.quote}>“{target.quote}”</blockquote>
        ) : (
          <blockquote className={styles.quote}>
            “{sentence.cutBefore && "… "}
            {sentence.before}
            <mark className={styles.highlight}>{sentence.quote}</mark>
            {sentence.after}
            {sentence.cutAfter && " …"}”
          </blockquote>
        )}
      </div>
    </>
  );
}
