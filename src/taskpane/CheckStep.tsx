// Step 4, "Kiểm tra": the entered figures judged by the same rules as the
// workbook's formulas. Counts by status in the workbook's own colours, the
// rows short of their targets worst first, the invalid entries with why, and
// what is odd about the book; each row goes to its cell in the sheet. Also
// puts the highlighting back when someone has cleared it.
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { areaInSentence } from "../domain/area";
import { STATUSES, type Status } from "../domain/tracking";
import { t, type Lang } from "../i18n/messages";
import { SHEET } from "../workbook/layout";
import { REASON_WORDS, STATUS_LOOK } from "../workbook/verdicts";
import { formatNumber } from "./format";
import { hostErrorText, NoHostNote, type Notice, notice, NoticeBar, say } from "./notice";
import { useStepStyles } from "./step-styles";
import { type Actions, loadActions, type StepProps, useBookChanges } from "./tasks";
import type { CheckItem, CheckOutcome } from "./workbook-actions";
import { useLang } from "./language";

/** Rows listed per group; the rest are counted and found on the sheet with its filter. */
const LIST_LIMIT = 50;

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: {
    justifyContent: "flex-start",
    textAlign: "left",
    height: "auto",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  itemText: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
  },
  status: {
    display: "inline-block",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
  },
  number: {
    textAlign: "right",
  },
  problems: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
});

function statusLabel(status: Status, lang: Lang): string {
  return t(STATUS_LOOK[status].messageKey, lang);
}

/** Gaps carry the engine's full precision; two decimals are what a person reads. */
function gapText(item: CheckItem, lang: Lang): string {
  if (item.gap === null) return "";
  const rounded = Math.round(item.gap * 100) / 100;
  return `${formatNumber(rounded, lang)} ${item.target.unit}`.trim();
}

function StatusChip({ status }: { status: Status }) {
  const lang = useLang();
  const styles = useStyles();
  const { fill, color } = STATUS_LOOK[status];
  return (
    <span className={styles.status} style={{ backgroundColor: `#${fill}`, color: `#${color}` }}>
      {statusLabel(status, lang)}
    </span>
  );
}

interface ItemListProps {
  title: string;
  items: CheckItem[];
  describe: (item: CheckItem) => string;
  onSelect: (item: CheckItem) => void;
  hint?: string;
}

function ItemList({ title, items, describe, onSelect, hint }: ItemListProps) {
  const lang = useLang();
  const styles = useStyles();
  const layout = useStepStyles();
  const titleId = React.useId();
  const shown = items.slice(0, LIST_LIMIT);
  return (
    <section className={layout.section} aria-labelledby={titleId}>
      <Subtitle2 as="h2" id={titleId}>
        {title}
      </Subtitle2>
      {hint && <Caption1>{hint}</Caption1>}
      <ul className={styles.list} aria-labelledby={titleId}>
        {shown.map((item) => (
          <li key={item.sheetRow}>
            <Button appearance="subtle" className={styles.item} onClick={() => onSelect(item)}>
              <span className={styles.itemText}>
                <span>{describe(item)}</span>
                <Caption1>{item.target.indicator}</Caption1>
              </span>
            </Button>
          </li>
        ))}
      </ul>
      {items.length > shown.length && <Body1>{t("paneCheckMore", lang, { count: items.length - shown.length })}</Body1>}
    </section>
  );
}

export default function CheckStep({ host, busy, run, outsideWrites }: StepProps) {
  const lang = useLang();
  const styles = useStyles();
  const layout = useStepStyles();
  const problemsTitleId = React.useId();
  const [outcome, setOutcome] = React.useState<CheckOutcome | null>(null);
  const [message, setMessage] = React.useState<Notice | null>(null);
  const noHost = host === null;

  async function withActions(work: (actions: Actions) => Promise<void>) {
    let actions: Actions;
    try {
      actions = await loadActions();
    } catch (error) {
      console.error(error);
      setMessage(notice("error", say("paneModuleLoadFailed")));
      return;
    }
    await work(actions);
  }

  async function check(): Promise<boolean> {
    if (host === null) return true;
    return run({ key: "paneBusyChecking" }, () =>
      withActions(async (actions) => {
        setMessage(null);
        try {
          const result = await actions.checkWorkbook(host);
          setOutcome(result);
          if (result === null) setMessage(notice("info", say("paneCheckNoBook")));
        } catch (error) {
          console.error(error);
          setOutcome(null);
          setMessage(notice("error", hostErrorText(error, "paneHostReadFailed")));
        }
      }),
    );
  }

  async function reapply() {
    if (host === null) return;
    await run({ key: "paneBusyHighlights" }, () =>
      withActions(async (actions) => {
        setMessage(null);
        try {
          const skipped = await actions.reapplyHighlights(host);
          if (skipped === null) setMessage(notice("info", say("paneCheckNoBook")));
          else if (skipped.length > 0) setMessage(notice("warning", say("paneWriteSkipped"), skipped.map((key) => say(key))));
          else setMessage(notice("success", say("paneCheckReapplied")));
        } catch (error) {
          console.error(error);
          setMessage(notice("error", hostErrorText(error, "paneWriteFailed")));
        }
      }),
    );
  }

  // A check on screen follows the book: another step's write runs it again.
  const checkRef = React.useRef(check);
  checkRef.current = check;
  const shown = outcome !== null;
  useBookChanges(
    outsideWrites,
    busy,
    React.useCallback(async () => (shown ? checkRef.current() : true), [shown]),
  );

  const missing = outcome?.rowCounts["Thiếu số liệu"] ?? 0;
  const firstMissing = outcome?.firstMissing ?? null;

  const select = React.useCallback(
    (item: CheckItem) => {
      if (host === null) return;
      host.select(SHEET.tracking, item.cell).catch((error: unknown) => {
        console.error(error);
        setMessage(notice("error", hostErrorText(error, say("paneSelectFailed", { cell: item.cell, sheet: SHEET.tracking }))));
      });
    },
    [host],
  );

  return (
    <>
      <Body1>{t("paneCheckIntro", lang)}</Body1>
      <div className={layout.actions}>
        <Button appearance="primary" disabledFocusable={busy !== null || noHost} onClick={() => void check()}>
          {t("paneCheckRun", lang)}
        </Button>
        <Button disabledFocusable={busy !== null || noHost} onClick={() => void reapply()}>
          {t("paneCheckReapply", lang)}
        </Button>
      </div>
      <NoHostNote show={noHost} />
      <NoticeBar notice={message} />

      {outcome && (
        <>
          <Table size="extra-small" aria-label={t("paneCheckCountsTable", lang)}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("colStatus", lang)}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("colRows", lang)}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("colDistrict", lang, { area: areaInSentence(outcome.area) })}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {STATUSES.map((status) => (
                <TableRow key={status}>
                  <TableHeaderCell scope="row">
                    <StatusChip status={status} />
                  </TableHeaderCell>
                  <TableCell className={styles.number}>{formatNumber(outcome.rowCounts[status], lang)}</TableCell>
                  <TableCell className={styles.number}>{formatNumber(outcome.districtCounts[status], lang)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {outcome.provisional.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {outcome.provisional.map(({ target, units }) => (
                  <div key={target.id}>{t("cliCheckProvisional", lang, { target: target.id, units: units.join(", ") })}</div>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}
          {outcome.missingRows > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t("cliCheckMissingRows", lang, { count: outcome.missingRows })}</MessageBarBody>
            </MessageBar>
          )}

          {/* Invalid figures first: they need fixing before gaps or gaps-to-come mean anything. */}
          {outcome.invalid.length > 0 && (
            <ItemList
              title={t("paneCheckInvalidTitle", lang, { count: outcome.invalid.length })}
              hint={t("paneCheckInvalidHint", lang)}
              items={outcome.invalid}
              onSelect={select}
              describe={(item) =>
                t("paneCheckInvalidItem", lang, {
                  target: item.target.id,
                  unit: item.unitName || item.unitCode,
                  reason: item.reason === null ? "" : t(REASON_WORDS[item.reason].inline, lang),
                  cell: item.cell,
                })
              }
            />
          )}

          {firstMissing !== null && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                <div>{t("paneCheckMissingFigures", lang, { count: missing, total: outcome.rowTotal })}</div>
                <Link as="button" onClick={() => select(firstMissing)}>
                  {t("paneCheckFirstMissing", lang, { target: firstMissing.target.id, unit: firstMissing.unitName || firstMissing.unitCode, cell: firstMissing.cell })}
                </Link>
              </MessageBarBody>
            </MessageBar>
          )}

          {outcome.gaps.length === 0 ? (
            <Body1>
              {missing > 0 ? t("paneCheckNoGapsYet", lang, { count: outcome.rowTotal - missing }) : t("paneCheckNoGaps", lang)}
            </Body1>
          ) : (
            <ItemList
              title={t("paneCheckGapsTitle", lang, { count: outcome.gaps.length })}
              items={outcome.gaps}
              onSelect={select}
              describe={(item) =>
                t("paneCheckGapItem", lang, {
                  target: item.target.id,
                  unit: item.unitName || item.unitCode,
                  status: statusLabel(item.status, lang),
                  gap: gapText(item, lang),
                })
              }
            />
          )}

          {outcome.problems.length > 0 && (
            <section className={layout.section} aria-labelledby={problemsTitleId}>
              <Subtitle2 as="h2" id={problemsTitleId}>
                {t("paneCheckProblemsTitle", lang, { count: outcome.problems.length })}
              </Subtitle2>
              <ul className={styles.problems}>
                {outcome.problems.map((problem, index) => (
                  <li key={index}>{t(problem.key, lang, problem.params)}</li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
}
