// What the engine read: the document's metadata, then one table row per
// target. Loaded lazily (see App.tsx) because the table is only needed after
// the first read.
import * as React from "react";
import {
  Badge,
  Caption1,
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
import type { Plan, PlanMeta } from "../domain/plan";
import { t, type Lang, type MessageKey } from "../i18n/messages";
import { formatValue, isLowConfidence, levelLabel, opLabel } from "./format";

const META_FIELDS: readonly { field: keyof PlanMeta; label: MessageKey }[] = [
  { field: "issuer", label: "metaIssuer" },
  { field: "number", label: "metaNumber" },
  { field: "date", label: "metaDate" },
  { field: "title", label: "metaTitle" },
  { field: "period", label: "metaPeriod" },
];

const COLUMNS: readonly MessageKey[] = [
  "colSection",
  "colLevel",
  "colIndicator",
  "colComparator",
  "colValue",
  "colUnit",
  "colQuote",
];

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
  // A pane is ~320 px wide: let the seven columns scroll sideways.
  scroller: {
    overflowX: "auto",
  },
  table: {
    minWidth: "720px",
  },
  lowConfidence: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
  flags: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    marginTop: tokens.spacingVerticalXXS,
  },
  quote: {
    fontStyle: "italic",
  },
});

export interface PlanViewProps {
  plan: Plan;
  lang: Lang;
}

export default function PlanView({ plan, lang }: PlanViewProps) {
  const styles = useStyles();
  const lowConfidenceCount = plan.targets.filter(isLowConfidence).length;

  return (
    <>
      <section className={styles.section}>
        <Subtitle2 as="h2">{t("paneDocumentTitle", lang)}</Subtitle2>
        <dl className={styles.meta}>
          {META_FIELDS.map(({ field, label }) => (
            <React.Fragment key={field}>
              <dt className={styles.metaLabel}>{t(label, lang)}</dt>
              <dd className={styles.metaValue}>{plan.meta[field] ?? t("metaUnknown", lang)}</dd>
            </React.Fragment>
          ))}
        </dl>
      </section>

      <section className={styles.section}>
        <Subtitle2 as="h2">{t("paneTargetsTitle", lang, { count: plan.targets.length })}</Subtitle2>
        {plan.targets.length === 0 && (
          <MessageBar intent="info">
            <MessageBarBody>{t("paneNoTargets", lang)}</MessageBarBody>
          </MessageBar>
        )}
        {lowConfidenceCount > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>{t("paneLowConfidenceNote", lang, { count: lowConfidenceCount })}</MessageBarBody>
          </MessageBar>
        )}
        {plan.targets.length > 0 && (
          <div className={styles.scroller}>
            <Table size="extra-small" className={styles.table} aria-label={t("paneTargetsTable", lang)}>
              <TableHeader>
                <TableRow>
                  {COLUMNS.map((column) => (
                    <TableHeaderCell key={column}>{t(column, lang)}</TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {plan.targets.map((target) => {
                  const doubtful = isLowConfidence(target);
                  return (
                    <TableRow key={target.id} className={doubtful ? styles.lowConfidence : undefined}>
                      <TableCell>{target.section ?? ""}</TableCell>
                      <TableCell>{levelLabel(target.level, lang)}</TableCell>
                      <TableCell>
                        {target.indicator}
                        {target.scope && <Caption1> ({target.scope})</Caption1>}
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
                      <TableCell>{opLabel(target.op, lang)}</TableCell>
                      <TableCell>{formatValue(target, lang)}</TableCell>
                      <TableCell>{target.unit}</TableCell>
                      <TableCell className={styles.quote}>“{target.quote}”</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
    </>
  );
}
