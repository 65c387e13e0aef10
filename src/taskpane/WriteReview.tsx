// Writing the workbook, shared by the plan, unit and appendix steps: read the book,
// work out what the write would change, show that and ask first whenever it
// changes a plan already in use, deletes entered figures or replaces sheets
// that are not ours; then write and report, including the parts this Excel
// could not apply.
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import type { Target } from "../domain/plan";
import type { TargetField } from "../domain/reconcile";
import type { Unit } from "../domain/tracking";
import type { WorkbookHost } from "../hosts/workbook-host";
import { t, type Lang, type MessageKey } from "../i18n/messages";
import { formatValue, opLabel } from "./format";
import { hostErrorText, type Notice, NoticeBar, notice, say } from "./notice";
import { type Actions, type Busy, loadActions, type RunTask } from "./tasks";
import type { WorkbookSpec } from "../workbook/spec";
import type { WriteOutcome, WriteProposal } from "./workbook-actions";
import { useLang } from "./language";

/** Items listed per group before "… and N more": enough to recognise, short enough for a pane. */
const LIST_LIMIT = 12;

const FIELD_KEYS: Record<TargetField, MessageKey> = {
  op: "paneTargetFieldOp",
  value: "paneTargetFieldValue",
  value_max: "paneTargetFieldValueMax",
  denominator: "paneTargetFieldDenominator",
  unit: "paneTargetFieldUnit",
  level: "paneTargetFieldLevel",
  indicator: "paneTargetFieldIndicator",
  scope: "paneTargetFieldScope",
  period: "paneTargetFieldPeriod",
  section: "paneTargetFieldSection",
  kind: "paneTargetFieldKind",
};

function outcomeNotices(outcome: WriteOutcome): Notice[] {
  const done = notice(
    "success",
    say("paneWriteDone", { targets: outcome.targets, units: outcome.units, rows: outcome.rows }),
    outcome.keptRows > 0 ? [say("paneWriteKept", { count: outcome.keptRows })] : undefined,
  );
  if (outcome.skipped.length === 0) return [done];
  return [done, notice("warning", say("paneWriteSkipped"), outcome.skipped.map((key) => say(key)))];
}

export interface WorkbookWrite<P = WriteProposal, A = Actions> {
  review: P | null;
  results: Notice[];
  /** Reads the book and proposes a write; `make` returns a notice instead when there is nothing to write. */
  start: (make: (actions: A, host: WorkbookHost) => Promise<P | Notice>) => Promise<void>;
  confirm: () => Promise<void>;
  cancel: () => void;
  /** Closes a pending review because what it describes was just edited. */
  dismiss: () => void;
  /** Forgets the review and the last results, saying nothing: the step read the book afresh. */
  clear: () => void;
}

/**
 * One kind of write: the module that does it (loaded on first use), when it
 * needs the planner's yes, how it is applied and what is said afterwards.
 * A proposal carries the spec it would write, which tells it from a notice.
 */
export interface WriteKind<A, P extends { spec: WorkbookSpec }, O> {
  load: () => Promise<A>;
  needsConfirmation: (actions: A, proposal: P) => boolean;
  apply: (actions: A, host: WorkbookHost, proposal: P) => Promise<O>;
  report: (outcome: O) => Notice[];
}

/** The plan and unit steps' write: the whole book, through workbook-actions. */
const BOOK_WRITE: WriteKind<Actions, WriteProposal, WriteOutcome> = {
  load: loadActions,
  needsConfirmation: (actions, proposal) => actions.needsConfirmation(proposal),
  apply: (actions, host, proposal) => actions.applyWrite(host, proposal),
  report: outcomeNotices,
};

export interface WriteOptions<O> {
  onWritten?: (outcome: O) => void;
  /** Where keyboard focus goes when the review closes (the button that opened it). */
  returnFocus?: React.RefObject<HTMLElement>;
}

export function useWorkbookWrite(host: WorkbookHost | null, run: RunTask, options?: WriteOptions<WriteOutcome>): WorkbookWrite;
export function useWorkbookWrite<A, P extends { spec: WorkbookSpec }, O>(
  host: WorkbookHost | null,
  run: RunTask,
  options: WriteOptions<O>,
  kind: WriteKind<A, P, O>,
): WorkbookWrite<P, A>;
export function useWorkbookWrite<A, P extends { spec: WorkbookSpec }, O>(
  host: WorkbookHost | null,
  run: RunTask,
  options: WriteOptions<O> = {},
  kind?: WriteKind<A, P, O>,
): WorkbookWrite<P, A> {
  // The overloads pair the book write with its own types; only the implementation sees them loosely.
  const writer = kind ?? (BOOK_WRITE as unknown as WriteKind<A, P, O>);
  const [review, setReview] = React.useState<P | null>(null);
  const [results, setResults] = React.useState<Notice[]>([]);
  const { onWritten, returnFocus } = options;
  const closeReview = () => {
    setReview(null);
    returnFocus?.current?.focus();
  };

  async function loaded(): Promise<A | null> {
    try {
      return await writer.load();
    } catch (error) {
      console.error(error);
      setResults([notice("error", say("paneModuleLoadFailed"))]);
      return null;
    }
  }

  async function apply(actions: A, target: WorkbookHost, proposal: P) {
    let outcome: O;
    try {
      outcome = await writer.apply(actions, target, proposal);
    } catch (error) {
      console.error(error);
      setResults([notice("error", hostErrorText(error, "paneWriteFailed"))]);
      return;
    }
    closeReview();
    setResults(writer.report(outcome));
    onWritten?.(outcome);
  }

  async function start(make: (actions: A, host: WorkbookHost) => Promise<P | Notice>) {
    if (host === null) return;
    await run({ key: "paneBusyReadingBook" }, async (progress) => {
      setReview(null);
      setResults([]);
      const actions = await loaded();
      if (actions === null) return;
      let proposal: P | Notice;
      try {
        proposal = await make(actions, host);
      } catch (error) {
        console.error(error);
        setResults([notice("error", hostErrorText(error, "paneHostReadFailed"))]);
        return;
      }
      if (!("spec" in proposal)) {
        setResults([proposal]);
      } else if (writer.needsConfirmation(actions, proposal)) {
        setReview(proposal);
      } else {
        progress({ key: "paneBusyWriting" });
        await apply(actions, host, proposal);
      }
    });
  }

  async function confirm() {
    const proposal = review;
    if (host === null || proposal === null) return;
    await run({ key: "paneBusyWriting" }, async () => {
      const actions = await loaded();
      if (actions !== null) await apply(actions, host, proposal);
    });
  }

  function cancel() {
    closeReview();
    setResults([notice("info", say("paneWriteCancelled"))]);
  }

  // Read through a ref so `dismiss` stays one function (the steps call it from an effect on every edit).
  const openReview = React.useRef(review);
  openReview.current = review;
  const dismiss = React.useCallback(() => {
    if (openReview.current === null) return;
    openReview.current = null;
    setReview(null);
    setResults([notice("info", say("paneReviewOutdated"))]);
  }, []);

  const clear = React.useCallback(() => {
    openReview.current = null;
    setReview(null);
    setResults([]);
  }, []);

  return { review, results, start, confirm, cancel, dismiss, clear };
}

const useStyles = makeStyles({
  review: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: {
    margin: 0,
  },
  title: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
});

function threshold(target: Target, lang: Lang): string {
  return `${opLabel(target.op, lang, "short")} ${formatValue(target, lang)} ${target.unit}`.trim();
}

function targetLine(target: Target, lang: Lang): string {
  return `${target.id} · ${target.indicator}: ${threshold(target, lang)}`;
}

function unitLine(unit: Unit): string {
  return `${unit.code} · ${unit.name}`;
}

function Group({ title, items }: { title: string; items: string[] }) {
  const lang = useLang();
  const styles = useStyles();
  const headingId = React.useId();
  if (items.length === 0) return null;
  const shown = items.slice(0, LIST_LIMIT);
  return (
    <div>
      <Subtitle2 as="h4" id={headingId} className={styles.heading}>
        {title}
      </Subtitle2>
      <ul className={styles.list} aria-labelledby={headingId}>
        {shown.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
        {items.length > shown.length && <li>{t("paneReviewMore", lang, { count: items.length - shown.length })}</li>}
      </ul>
    </div>
  );
}

export interface WriteReviewProps {
  proposal: WriteProposal;
  busy: Busy | null;
  onConfirm: () => void;
  onCancel: () => void;
}

export function WriteReview({ proposal, busy, onConfirm, onCancel }: WriteReviewProps) {
  const lang = useLang();
  const styles = useStyles();
  const headingId = React.useId();
  const heading = React.useRef<HTMLHeadingElement>(null);
  const { reconciliation, unitChanges, atRisk, takenSheets } = proposal;

  // Keyboard and screen reader users land on what they are asked to confirm.
  React.useEffect(() => heading.current?.focus(), [proposal]);

  const indicators = new Map(
    [...proposal.content.plan.targets, ...(reconciliation?.removed ?? [])].map((target) => [target.id, target.indicator]),
  );
  const changed = reconciliation?.changed ?? [];

  return (
    <section className={styles.review} aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className={styles.title}>
        {t("paneReviewTitle", lang)}
      </h3>
      {reconciliation && (
        <>
          <p className={styles.heading}>
            {t("paneReviewPlanSummary", lang, {
              added: reconciliation.added.length,
              removed: reconciliation.removed.length,
              changed: reconciliation.changed.length,
              unchanged: reconciliation.unchanged,
            })}
          </p>
          {reconciliation.added.length + reconciliation.removed.length + changed.length === 0 && (
            <p className={styles.heading}>{t("paneReviewNoChanges", lang)}</p>
          )}
          <Group
            title={t("paneReviewChanged", lang, { count: changed.length })}
            items={changed.map(({ before, after, fields }) => {
              const what = t("paneReviewChangedFields", lang, { fields: fields.map((field) => t(FIELD_KEYS[field], lang)).join(", ") });
              const values = t("paneReviewThreshold", lang, { before: threshold(before, lang), after: threshold(after, lang) });
              return `${after.id} · ${after.indicator}: ${values} (${what})`;
            })}
          />
          <Group
            title={t("paneReviewAdded", lang, { count: reconciliation.added.length })}
            items={reconciliation.added.map((target) => targetLine(target, lang))}
          />
          <Group
            title={t("paneReviewRemoved", lang, { count: reconciliation.removed.length })}
            items={reconciliation.removed.map((target) => targetLine(target, lang))}
          />
        </>
      )}
      {unitChanges && (
        <>
          <p className={styles.heading}>
            {t("paneReviewUnitsSummary", lang, {
              added: unitChanges.added.length,
              removed: unitChanges.removed.length,
              kept: unitChanges.kept,
            })}
          </p>
          <Group
            title={t("paneReviewUnitsAdded", lang, { count: unitChanges.added.length })}
            items={unitChanges.added.map(unitLine)}
          />
          <Group
            title={t("paneReviewUnitsRemoved", lang, { count: unitChanges.removed.length })}
            items={unitChanges.removed.map(unitLine)}
          />
        </>
      )}
      {proposal.bookExists && <p className={styles.heading}>{t("paneReviewKeep", lang)}</p>}
      {atRisk.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("paneReviewDataAtRisk", lang, { count: atRisk.length })}
            <ul className={styles.list}>
              {atRisk.slice(0, LIST_LIMIT).map((row) => (
                <li key={row.sheetRow}>
                  {t("paneReviewRowItem", lang, {
                    unit: row.unitName || row.unitCode,
                    target: row.targetId,
                    indicator: indicators.get(row.targetId) ?? "",
                  })}
                </li>
              ))}
              {atRisk.length > LIST_LIMIT && <li>{t("paneReviewMore", lang, { count: atRisk.length - LIST_LIMIT })}</li>}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {takenSheets.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("paneReviewTakenSheets", lang, { sheets: takenSheets.map((name) => `“${name}”`).join(", ") })}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy !== null} onClick={onConfirm}>
          {t("paneConfirmWrite", lang)}
        </Button>
        <Button disabledFocusable={busy !== null} onClick={onCancel}>
          {t("paneCancel", lang)}
        </Button>
      </div>
    </section>
  );
}

/** The review when there is one, and what the last write said. */
export function WriteStatus({ write, busy }: { write: WorkbookWrite; busy: Busy | null }) {
  return (
    <>
      {write.review && (
        <WriteReview
          proposal={write.review}
          busy={busy}
          onConfirm={() => void write.confirm()}
          onCancel={write.cancel}
        />
      )}
      {write.results.map((result, index) => (
        <NoticeBar key={index} notice={result} />
      ))}
    </>
  );
}
