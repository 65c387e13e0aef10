// Step 5, "Phụ lục": Phụ lục I and II made from the tracking book. The step
// reads the book and the appendix sheets already there (the choices they
// were made with, titles and notes a user typed), lets the planner choose
// the level, Phụ lục II's targets and units, the school year and the titles,
// then writes just the two sheets: replaced in place when they exist, so a
// refresh never adds sheets, and with the user's titles and notes read back
// from the sheets just before writing, so none is lost. The figures are
// formulas over Thực hiện / Tổng hợp (src/workbook/appendix).
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { areaInSentence } from "../domain/area";
import { isDistrictTarget, isDistrictUnit } from "../domain/evaluate";
import { LEVELS, type Level, type Target } from "../domain/plan";
import type { Unit } from "../domain/tracking";
// The features module alone: the rest of the Office.js host has no business in the preview's chunk.
import { skippedPartMessageKey } from "../hosts/officejs/features";
import type { WorkbookHost } from "../hosts/workbook-host";
import { t, type Lang } from "../i18n/messages";
import {
  APPENDIX_MARKER,
  APPENDIX_SHEETS,
  type AppendixKind,
  AppendixOptionError,
  type AppendixOptions,
  type AppendixSelection,
  defaultTitle,
  describeAppendices,
  mergeAppendixOptions,
  readAppendixEdits,
  resolveSelection,
  withAppendices,
} from "../workbook/appendix";
import type { BookCells, TrackingBook } from "../workbook/book";
import { FONT, SCHEMA_VERSION } from "../workbook/layout";
import type { WorkbookSpec } from "../workbook/spec";
import { levelLabel } from "./format";
import { hostErrorText, type Notice, NoticeBar, notice, say } from "./notice";
import { useStepStyles } from "./step-styles";
import { type StepProps, useBookChanges } from "./tasks";

const KINDS: readonly AppendixKind[] = ["I", "II"];
const APPENDIX_NAMES = KINDS.map((kind) => APPENDIX_SHEETS[kind]);
/** Rows searched for an appendix sheet's state cell, as the reader does. */
const STATE_ROWS = 20;

const useStyles = makeStyles({
  choices: {
    display: "flex",
    flexDirection: "column",
    maxHeight: "280px",
    overflowY: "auto",
    paddingRight: tokens.spacingHorizontalS,
  },
});

/** What the step read from the workbook. */
interface Loaded {
  book: TrackingBook;
  /** What the appendix sheets there keep (choices, typed titles, notes); {} without them. */
  stored: AppendixOptions;
  /** Phụ lục I or II is in the workbook already: the button refreshes. */
  exists: boolean;
}

/** Sheets named like the appendices that are not ours: writing would replace someone's own sheet. */
function takenSheets(cells: BookCells): string[] {
  return APPENDIX_NAMES.filter((name) => {
    const sheet = cells.sheet(name);
    if (sheet === null) return false;
    for (let row = 1; row <= STATE_ROWS; row++) {
      for (const cell of sheet.get(row)?.values() ?? []) {
        if (typeof cell.value === "string" && cell.value.startsWith("{") && cell.value.includes(APPENDIX_MARKER)) return false;
      }
    }
    return true;
  });
}

async function readWorkbook(host: WorkbookHost): Promise<{ book: TrackingBook; cells: BookCells } | null> {
  const book = await host.readBook();
  if (book === null) return null;
  return { book, cells: await host.readSheets(APPENDIX_NAMES) };
}

function loadedFrom(book: TrackingBook, cells: BookCells): Loaded {
  const taken = takenSheets(cells);
  const exists = APPENDIX_NAMES.some((name) => cells.sheet(name) !== null && !taken.includes(name));
  return { book, stored: readAppendixEdits(cells), exists };
}

/** A target in the list: its ID, name, level (when every level is listed) and whether it is district-wide. */
function targetLabel(target: Target, withLevel: boolean, area: string, lang: Lang): string {
  const label = withLevel
    ? t("paneAppendixTargetItemLevel", lang, { id: target.id, indicator: target.indicator, level: levelLabel(target.level, lang) })
    : t("paneAppendixTargetItem", lang, { id: target.id, indicator: target.indicator });
  return isDistrictTarget(target) ? t("paneAppendixDistrictTarget", lang, { target: label, area: areaInSentence(area) }) : label;
}

/** Targets Phụ lục II can show: the plan's targets (not baselines), of the level when one is chosen. */
function candidateTargets(book: TrackingBook, level: Level | null): Target[] {
  return book.plan.targets.filter((target) => target.kind === "target" && (level === null || target.level === level));
}

function schoolsOf(book: TrackingBook): Unit[] {
  return book.units.filter((unit) => !isDistrictUnit(unit));
}

/** What the choices pick, or the error they cause (AppendixOptionError); any other error is a bug and is thrown. */
function trySelection(book: TrackingBook, options: AppendixOptions): AppendixSelection | AppendixOptionError {
  try {
    return resolveSelection(book, options);
  } catch (error) {
    if (error instanceof AppendixOptionError) return error;
    throw error;
  }
}

/** The generated titles for these choices (the decree's capitals, from the plan's period and the level). */
function defaultTitles(book: TrackingBook, options: AppendixOptions, selection: AppendixSelection | null): Record<AppendixKind, string> {
  const period = selection?.period ?? options.period ?? book.plan.meta.period;
  return {
    I: defaultTitle("I", period, null),
    II: defaultTitle("II", period, selection?.level ?? options.level ?? null),
  };
}

/** The two appendix sheets as a spec of their own, with the book's font and schema; Phụ lục I is shown. */
function appendixSpec(book: TrackingBook, options: AppendixOptions): WorkbookSpec {
  const base: WorkbookSpec = { schemaVersion: SCHEMA_VERSION, font: FONT, sheets: [], activeSheet: 0, recalculateOnOpen: true };
  return withAppendices(base, describeAppendices(book, options));
}

/** Waiting for the planner's yes: a sheet of the same name that is not ours would be replaced. */
interface Pending {
  book: TrackingBook;
  options: AppendixOptions;
  selection: AppendixSelection;
  spec: WorkbookSpec;
  exists: boolean;
  taken: string[];
}

/** A title field's state: untouched (undefined), set back to the default (null), or what the planner typed. */
type TitleEdits = Partial<Record<AppendixKind, string | null>>;

interface CheckListProps {
  /** The id of the heading that names the list. */
  titleId: string;
  items: { key: string; label: string }[];
  checked: ReadonlySet<string>;
  onToggle: (key: string, checked: boolean) => void;
}

function CheckList({ titleId, items, checked, onToggle }: CheckListProps) {
  const styles = useStyles();
  return (
    <div role="group" aria-labelledby={titleId} className={styles.choices}>
      {items.map((item) => (
        <Checkbox
          key={item.key}
          checked={checked.has(item.key)}
          onChange={(_event, data) => onToggle(item.key, data.checked === true)}
          label={item.label}
        />
      ))}
    </div>
  );
}

export default function AppendixStep({ lang, host, busy, run, outsideWrites }: StepProps) {
  const layout = useStepStyles();
  const baseId = React.useId();
  const [loaded, setLoaded] = React.useState<Loaded | null>(null);
  const [level, setLevel] = React.useState<Level | null>(null);
  // Null: follow the level's default (targets) or every school with a chosen target (units).
  const [targets, setTargets] = React.useState<string[] | null>(null);
  const [units, setUnits] = React.useState<string[] | null>(null);
  const [period, setPeriod] = React.useState("");
  const [titles, setTitles] = React.useState<TitleEdits>({});
  const [message, setMessage] = React.useState<Notice | null>(null);
  const [results, setResults] = React.useState<Notice[]>([]);
  const [written, setWritten] = React.useState(false);
  const [pending, setPending] = React.useState<Pending | null>(null);
  const writeButton = React.useRef<HTMLButtonElement>(null);
  const noHost = host === null;

  /** Puts what the sheets were made with into the fields; choices that no longer fit the book are dropped. */
  function showLoaded(next: Loaded) {
    const { book, stored } = next;
    const known = new Set(candidateTargets(book, null).map((target) => target.id));
    const codes = new Set(schoolsOf(book).map((unit) => unit.code));
    const storedTargets = stored.targets?.filter((id) => known.has(id)) ?? [];
    const storedUnits = stored.units?.filter((code) => codes.has(code)) ?? [];
    setLoaded(next);
    setLevel(stored.level ?? null);
    setTargets(storedTargets.length > 0 ? storedTargets : null);
    setUnits(storedUnits.length > 0 ? storedUnits : null);
    setPeriod(stored.period ?? "");
    setTitles({});
  }

  async function load(): Promise<boolean> {
    if (host === null) return true;
    return run({ key: "paneBusyReadingBook" }, async () => {
      const read = await readFresh(host, true);
      if (read !== null) showLoaded(loadedFrom(read.book, read.cells));
    });
  }

  /**
   * Clears the last outcome and reads the book and its appendix sheets;
   * null, with the reason shown, when there is nothing to work on. A failed
   * read forgets the loaded book only when `forgetOnError` (opening the step).
   */
  async function readFresh(workbook: WorkbookHost, forgetOnError: boolean): Promise<Awaited<ReturnType<typeof readWorkbook>>> {
    setMessage(null);
    setResults([]);
    setPending(null);
    setWritten(false);
    let read: Awaited<ReturnType<typeof readWorkbook>>;
    try {
      read = await readWorkbook(workbook);
    } catch (error) {
      console.error(error);
      if (forgetOnError) setLoaded(null);
      setMessage(notice("error", hostErrorText(error, "paneHostReadFailed")));
      return null;
    }
    if (read === null) {
      setLoaded(null);
      setMessage(notice("info", say("paneCheckNoBook")));
    }
    return read;
  }

  // The workbook is read when the step first opens, and again after another step wrote it.
  const started = React.useRef(false);
  React.useEffect(() => {
    if (started.current) return;
    started.current = true;
    void load();
  });
  const loadRef = React.useRef(load);
  loadRef.current = load;
  useBookChanges(outsideWrites, busy, React.useCallback(() => loadRef.current(), []));

  const book = loaded?.book ?? null;
  const choice: AppendixOptions = {
    level,
    targets,
    units,
    period: period.trim() === "" ? null : period.trim(),
    grouping: loaded?.stored.grouping ?? "section-level",
  };
  const emptyChoice = (targets !== null && targets.length === 0) || (units !== null && units.length === 0);
  const defaultSelection = React.useMemo(() => {
    if (book === null) return null;
    const found = trySelection(book, { level, period: period.trim() === "" ? null : period.trim() });
    return found instanceof AppendixOptionError ? null : found;
  }, [book, level, period]);
  const grouping = loaded?.stored.grouping;
  const selection = React.useMemo(() => {
    if (book === null || emptyChoice) return null;
    const found = trySelection(book, { level, targets, units, period: period.trim() === "" ? null : period.trim(), grouping });
    return found instanceof AppendixOptionError ? null : found;
  }, [book, emptyChoice, level, targets, units, period, grouping]);

  const candidates = book === null ? [] : candidateTargets(book, level);
  const chosenTargets = new Set(targets ?? defaultSelection?.second.map((target) => target.id) ?? []);
  const schools = book === null ? [] : schoolsOf(book);
  const chosenUnits = new Set(units ?? []);
  const defaults = book === null ? null : defaultTitles(book, choice, selection);
  const titleShown = (kind: AppendixKind): string => {
    const edit = titles[kind];
    if (edit === null || defaults === null) return defaults?.[kind] ?? "";
    return edit ?? loaded?.stored.headings?.[kind]?.title ?? defaults[kind];
  };

  function toggleTarget(id: string, on: boolean) {
    const next = new Set(chosenTargets);
    if (on) next.add(id);
    else next.delete(id);
    // Kept in plan order.
    setTargets(candidateTargets(book as TrackingBook, null).filter((target) => next.has(target.id)).map((target) => target.id));
  }

  function toggleUnit(code: string, on: boolean) {
    const next = new Set(chosenUnits);
    if (on) next.add(code);
    else next.delete(code);
    setUnits(schools.filter((unit) => next.has(unit.code)).map((unit) => unit.code));
  }

  /** The choices as options for `mergeAppendixOptions`: every choice given (so they replace the stored ones), titles only where edited here. */
  function givenOptions(current: TrackingBook, storedGrouping: AppendixOptions["grouping"]): AppendixOptions {
    const given: AppendixOptions = { ...choice, grouping: storedGrouping ?? "section-level" };
    const found = trySelection(current, given);
    const generated = defaultTitles(current, given, found instanceof AppendixOptionError ? null : found);
    const headings: NonNullable<AppendixOptions["headings"]> = {};
    for (const kind of KINDS) {
      const edit = titles[kind];
      if (edit === undefined) continue;
      const typed = edit === null ? "" : edit.trim();
      // An empty field or the generated text is no edit: the sheet takes the default again.
      headings[kind] = { title: typed === "" || typed === generated[kind] ? undefined : typed };
    }
    return { ...given, headings };
  }

  async function write(next: Pending) {
    if (host === null) return;
    let skipped: ReturnType<typeof skippedPartMessageKey>[];
    try {
      const result = await host.writeBook(next.spec);
      skipped = [...new Set(result.skipped)].map(skippedPartMessageKey);
    } catch (error) {
      console.error(error);
      setResults([notice("error", hostErrorText(error, "paneWriteFailed"))]);
      return;
    }
    setPending(null);
    setLoaded({ book: next.book, stored: next.options, exists: true });
    setTitles({});
    const counts = { first: next.selection.first.length, second: next.selection.second.length, units: next.selection.units.length };
    const done = notice("success", say(next.exists ? "paneAppendixUpdated" : "paneAppendixCreated", counts));
    setResults(skipped.length === 0 ? [done] : [done, notice("warning", say("paneWriteSkipped"), skipped.map((key) => say(key)))]);
    setWritten(true);
  }

  async function generate() {
    if (host === null || loaded === null) return;
    if (targets !== null && targets.length === 0) {
      setMessage(notice("warning", say("paneAppendixNoTargetsChosen")));
      return;
    }
    if (units !== null && units.length === 0) {
      setMessage(notice("warning", say("paneAppendixNoUnitsChosen")));
      return;
    }
    await run({ key: "paneBusyReadingBook" }, async (progress) => {
      // Read again: figures, notes or titles may have been typed into the sheets since.
      const read = await readFresh(host, false);
      if (read === null) return;
      const fresh = loadedFrom(read.book, read.cells);
      const options = mergeAppendixOptions(fresh.stored, givenOptions(fresh.book, fresh.stored.grouping));
      let next: Pending;
      try {
        next = {
          book: fresh.book,
          options,
          selection: resolveSelection(fresh.book, options),
          spec: appendixSpec(fresh.book, options),
          exists: fresh.exists,
          taken: takenSheets(read.cells),
        };
      } catch (error) {
        if (!(error instanceof AppendixOptionError)) throw error;
        setMessage(notice("error", say(error.key, error.params)));
        return;
      }
      setLoaded(fresh);
      if (next.taken.length > 0) {
        setPending(next);
        return;
      }
      progress({ key: "paneBusyWriting" });
      await write(next);
    });
  }

  async function confirm() {
    const next = pending;
    if (next === null) return;
    await run({ key: "paneBusyWriting" }, () => write(next));
  }

  function cancel() {
    setPending(null);
    setResults([notice("info", say("paneWriteCancelled"))]);
    writeButton.current?.focus();
  }

  function goToFirst() {
    if (host === null) return;
    host.select(APPENDIX_SHEETS.I, "A1").catch((error: unknown) => {
      console.error(error);
      setResults([notice("error", hostErrorText(error, say("paneAppendixSelectFailed", { sheet: APPENDIX_SHEETS.I })))]);
    });
  }

  const disabled = busy !== null || noHost;
  const levels = book === null ? [] : LEVELS.filter((option) => candidateTargets(book, option).length > 0);
  const targetsTitleId = `${baseId}-targets`;
  const unitsTitleId = `${baseId}-units`;
  const targetCount = chosenTargets.size;
  const unitCount = units === null ? (selection?.units.length ?? 0) : units.length;
  const planPeriod = book?.plan.meta.period ?? null;

  return (
    <>
      <Body1>{t("paneAppendixIntro", lang)}</Body1>
      <div className={layout.actions}>
        <Button disabledFocusable={disabled} onClick={() => void load()}>
          {t("paneAppendixReload", lang)}
        </Button>
      </div>
      {noHost && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("paneNoHost", lang)}</MessageBarBody>
        </MessageBar>
      )}

      {loaded !== null && book !== null && defaults !== null && (
        <>
          {loaded.exists && <Caption1>{t("paneAppendixExisting", lang)}</Caption1>}

          <Field label={t("paneAppendixLevel", lang)} hint={t("paneAppendixLevelHint", lang)}>
            <Select
              value={level ?? ""}
              onChange={(_event, data) => {
                setLevel(data.value === "" ? null : (data.value as Level));
                // A new level picks its own targets, as the CLI's --level does.
                setTargets(null);
              }}
            >
              <option value="">{t("paneAppendixLevelAll", lang)}</option>
              {levels.map((option) => (
                <option key={option} value={option}>
                  {levelLabel(option, lang)}
                </option>
              ))}
            </Select>
          </Field>

          <section className={layout.section} aria-labelledby={targetsTitleId}>
            <Subtitle2 as="h2" id={targetsTitleId}>
              {t("paneAppendixTargets", lang, { count: targetCount })}
            </Subtitle2>
            <div className={layout.actions}>
              <Button size="small" onClick={() => setTargets(candidates.map((target) => target.id))}>
                {t("paneAppendixTargetsAll", lang)}
              </Button>
              <Button size="small" onClick={() => setTargets([])}>
                {t("paneAppendixTargetsNone", lang)}
              </Button>
              <Button size="small" onClick={() => setTargets(null)}>
                {t("paneAppendixTargetsDefault", lang)}
              </Button>
            </div>
            <CheckList
              titleId={targetsTitleId}
              checked={chosenTargets}
              onToggle={toggleTarget}
              items={candidates.map((target) => ({ key: target.id, label: targetLabel(target, level === null, loaded.book.area, lang) }))}
            />
          </section>

          <section className={layout.section} aria-labelledby={unitsTitleId}>
            <Subtitle2 as="h2" id={unitsTitleId}>
              {t("paneAppendixUnits", lang, { count: unitCount })}
            </Subtitle2>
            <Checkbox
              checked={units === null}
              label={t("paneAppendixUnitsEvery", lang)}
              onChange={(_event, data) =>
                setUnits(data.checked === true ? null : (selection?.units ?? schools).map((unit) => unit.code))
              }
            />
            {units !== null && (
              <>
                <div className={layout.actions}>
                  <Button size="small" onClick={() => setUnits(schools.map((unit) => unit.code))}>
                    {t("paneAppendixUnitsAll", lang)}
                  </Button>
                  <Button size="small" onClick={() => setUnits([])}>
                    {t("paneAppendixUnitsNone", lang)}
                  </Button>
                </div>
                <CheckList
                  titleId={unitsTitleId}
                  checked={chosenUnits}
                  onToggle={toggleUnit}
                  items={schools.map((unit) => ({ key: unit.code, label: t("paneAppendixUnitItem", lang, { code: unit.code, name: unit.name }) }))}
                />
              </>
            )}
          </section>

          <Field
            label={t("paneAppendixPeriod", lang)}
            hint={planPeriod ? t("paneAppendixPeriodHint", lang, { period: planPeriod }) : t("paneAppendixPeriodHintNone", lang)}
          >
            <Input value={period} placeholder={planPeriod ?? ""} onChange={(_event, data) => setPeriod(data.value)} />
          </Field>

          {KINDS.map((kind) => {
            const shown = titleShown(kind);
            const sheet = APPENDIX_SHEETS[kind];
            return (
              <div key={kind} className={layout.section}>
                <Field label={t(kind === "I" ? "paneAppendixTitleFirst" : "paneAppendixTitleSecond", lang)} hint={t("paneAppendixTitleHint", lang)}>
                  <Input lang="vi" value={shown} onChange={(_event, data) => setTitles((current) => ({ ...current, [kind]: data.value }))} />
                </Field>
                {shown.trim() !== defaults[kind] && (
                  <div className={layout.actions}>
                    <Button size="small" onClick={() => setTitles((current) => ({ ...current, [kind]: null }))}>
                      {t("paneAppendixTitleReset", lang, { sheet })}
                    </Button>
                  </div>
                )}
              </div>
            );
          })}

          {selection !== null && (
            <Body1>
              {t("paneAppendixSummary", lang, {
                first: selection.first.length,
                second: selection.second.length,
                units: selection.units.length,
              })}
            </Body1>
          )}
        </>
      )}

      <NoticeBar notice={message} lang={lang} />
      <div className={layout.actions}>
        <Button
          ref={writeButton}
          appearance="primary"
          disabledFocusable={disabled || loaded === null || pending !== null}
          onClick={() => void generate()}
        >
          {t(loaded?.exists ? "paneAppendixUpdate" : "paneAppendixCreate", lang)}
        </Button>
      </div>

      {pending !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("paneReviewTakenSheets", lang, { sheets: pending.taken.join(", ") })}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" disabledFocusable={busy !== null} onClick={() => void confirm()}>
              {t("paneConfirmWrite", lang)}
            </Button>
            <Button disabledFocusable={busy !== null} onClick={cancel}>
              {t("paneCancel", lang)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {results.map((shown, index) => (
        <NoticeBar key={index} notice={shown} lang={lang} />
      ))}
      {written && (
        <div className={layout.actions}>
          <Button disabledFocusable={disabled} onClick={goToFirst}>
            {t("paneAppendixGoTo", lang)}
          </Button>
        </div>
      )}
    </>
  );
}
