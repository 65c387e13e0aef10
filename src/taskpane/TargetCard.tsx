// One target of the editable plan (PlanView.tsx), laid out for a task pane
// about 350 px wide: a stacked block rather than a table row, so nothing
// scrolls sideways.
//
//   T003 [Cần kiểm tra] [Hiện trạng]                 [Xoá]
//   ┌ indicator, full width, growing with its text ────────┐
//   Cấp học      So sánh        Giá trị   (Giá trị trên)  Đơn vị
//   [Tiểu học ▾] [≥ (đạt…) ▾]   [98,5]    [   ]           [%]
//   “quote from the document”
//
// Each control keeps its own label with the target's id ("Giá trị của T003"),
// so a screen reader knows which target it is in wherever focus lands; the
// small visible labels are the words of that label (label in name).
import * as React from "react";
import { Badge, Button, Caption1, Field, Input, Select, Textarea, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { LEVELS, OPS, type Level, type Op } from "../domain/plan";
import { t, type Lang } from "../i18n/messages";
import { doubtsText } from "../i18n/format";
import { formatNumber, isLowConfidence, levelLabel, opLabel } from "./format";
import { type DraftField, problemText, rowProblems, type TargetDraft, type TargetEdit, valueMaxText, valueText } from "./plan-draft";

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

export interface TargetCardProps {
  row: TargetDraft;
  lang: Lang;
  disabled: boolean;
  onEdit: (id: string, edit: TargetEdit) => void;
  onSettle: (id: string) => void;
  onRemove: (id: string) => void;
  register: (id: string, part: "indicator" | "remove", element: HTMLElement | null) => void;
}

export const TargetCard = React.memo(function TargetCard({ row, lang, disabled, onEdit, onSettle, onRemove, register }: TargetCardProps) {
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
    <li className={mergeClasses(styles.card, doubtful && styles.doubtful)}>
      {/* Entering a target by Tab announces its id and flags, not only the control's own label. */}
      <div role="group" aria-labelledby={headId} className={styles.body}>
        <div className={styles.head}>
          <span id={headId} className={styles.headLabel}>
            {/* The spaces keep the group's name "T003 Cần kiểm tra", not "T003Cần kiểm tra"; flex hides them. */}
            <span className={styles.id}>{id}</span>
            {doubtful && " "}
            {doubtful && (
              <Badge appearance="filled" color="warning" size="small">
                {t("flagLowConfidence", lang)}
              </Badge>
            )}
            {target.kind === "baseline" && " "}
            {target.kind === "baseline" && (
              <Badge appearance="outline" color="informative" size="small">
                {t("flagBaseline", lang)}
              </Badge>
            )}
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
        {/* Why the reader was unsure, from the engine's own reasons. */}
        {doubtful && target.doubts && target.doubts.length > 0 && (
          <Caption1 className={styles.why}>{t("flagLowConfidenceWhy", lang, { reasons: doubtsText(target.doubts, lang) })}</Caption1>
        )}

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
          <Field size="small" className={styles.level} label={fieldLabel(t("colLevel", lang))}>
            <Select
              size="small"
              className={styles.control}
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
          </Field>
          <Field size="small" className={styles.op} label={fieldLabel(t("colComparator", lang))}>
            <Select
              size="small"
              className={styles.control}
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
          </Field>
          <Field
            size="small"
            className={mergeClasses(styles.number, wideIf("value"))}
            label={fieldLabel(t("colValue", lang))}
            hint={target.denominator === null ? undefined : t("paneOutOf", lang, { total: formatNumber(target.denominator, lang) })}
            {...validation("value")}
          >
            <Input
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
        ) : (
          <blockquote className={styles.quote}>“{target.quote}”</blockquote>
        )}
      </div>
    </li>
  );
});
