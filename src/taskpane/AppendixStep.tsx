// Step 5, "Phụ lục": Phụ lục I and II made from the tracking book. The step
// shows the choices (./appendix-state: Phụ lục I's part of the plan, Phụ lục
// II's level, targets and units, the school year, the titles) and leaves the
// workbook to ./appendix-actions, loaded on first use: reading the book and
// the appendix sheets already there, and writing just the two sheets,
// replaced in place, with the titles and notes users typed into them kept.
// Writing asks first, through `useWorkbookWrite`, when a sheet of the same
// name is not ours. The choices are kept in the pane's draft across reloads.
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
import { isDistrictTarget } from "../domain/evaluate";
import type { Level, Target } from "../domain/plan";
import { t, type Lang, withLaterMessages } from "../i18n/messages";
import { APPENDIX_SHEETS } from "../workbook/appendix/names";
import type * as AppendixActions from "./appendix-actions";
import type { AppendixBook, AppendixOutcome, AppendixProposal } from "./appendix-actions";
import {
  APPENDIX_KINDS,
  type AppendixChoices,
  appendixView,
  choiceProblem,
  choicesFromSheets,
  clearTitleEdits,
  DEFAULT_CHOICES,
  editTitle,
  fitChoices,
  type PlanSection,
  restoreChoices,
  setPeriod,
  setSecondLevel,
  setSecondTargets,
  setUnits,
  toggleFirstLevel,
  toggleFirstSection,
  toggleSecondTarget,
  toggleUnit,
  wholePlan,
} from "./appendix-state";
import { levelLabel } from "./format";
import { hostErrorText, NoHostNote, type Notice, notice, NoticeBar, say } from "./notice";
import { useStepStyles } from "./step-styles";
import { type StepProps, useBookChanges } from "./tasks";
import { useWorkbookWrite, type WriteKind } from "./WriteReview";
import { useLang } from "./language";

type Actions = typeof AppendixActions;
const loadAppendixActions = (): Promise<Actions> => withLaterMessages(() => import(/* webpackChunkName: "appendix-actions" */ "./appendix-actions"));

const APPENDIX_WRITE: WriteKind<Actions, AppendixProposal, AppendixOutcome> = {
  load: loadAppendixActions,
  needsConfirmation: (actions, proposal) => actions.needsConfirmation(proposal),
  apply: (actions, host, proposal) => actions.applyAppendixWrite(host, proposal),
  report: (outcome) => {
    const done = notice("success", say(outcome.refreshed ? "paneAppendixUpdated" : "paneAppendixCreated", outcome.counts));
    return outcome.skipped.length === 0 ? [done] : [done, notice("warning", say("paneWriteSkipped"), outcome.skipped.map((key) => say(key)))];
  },
};

const useStyles = makeStyles({
  choices: {
    display: "flex",
    flexDirection: "column",
    maxHeight: "280px",
    overflowY: "auto",
    paddingRight: tokens.spacingHorizontalS,
  },
});

/** A target in the list: its ID, name, level (when every level is listed) and whether it is district-wide. */
function targetLabel(target: Target, withLevel: boolean, area: string, lang: Lang): string {
  const label = withLevel
    ? t("paneAppendixTargetItemLevel", lang, { id: target.id, indicator: target.indicator, level: levelLabel(target.level, lang) })
    : t("paneAppendixTargetItem", lang, { id: target.id, indicator: target.indicator });
  return isDistrictTarget(target) ? t("paneAppendixDistrictTarget", lang, { target: label, area: areaInSentence(area) }) : label;
}

function sectionLabel(section: PlanSection, lang: Lang): string {
  if (section.number !== null && section.title !== null) return t("paneAppendixSectionItem", lang, { number: section.number, title: section.title });
  return section.number ?? section.title ?? t("paneAppendixSectionUnnamed", lang);
}

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

/** A list with its own heading (one choice needs no list: the caller leaves it out). */
function TitledCheckList({ title, ...list }: CheckListProps & { title: string }) {
  return (
    <>
      <Subtitle2 as="h3" id={list.titleId}>
        {title}
      </Subtitle2>
      <CheckList {...list} />
    </>
  );
}

export interface AppendixStepProps extends StepProps {
  /** Choices kept from the last session (the draft, any shape); they win over the sheets' on the first read. */
  saved?: unknown;
  /** Told every change of the choices, for the draft. */
  onChoices?: (choices: AppendixChoices) => void;
}

export default function AppendixStep({ host, busy, run, outsideWrites, saved, onChoices }: AppendixStepProps) {
  const lang = useLang();
  const layout = useStepStyles();
  const baseId = React.useId();
  const [loaded, setLoaded] = React.useState<AppendixBook | null>(null);
  // Read once: later values are the step's own choices coming back through the draft.
  const [restored] = React.useState(() => restoreChoices(saved));
  const [choices, setChoices] = React.useState<AppendixChoices>(restored ?? DEFAULT_CHOICES);
  const [message, setMessage] = React.useState<Notice | null>(null);
  const [written, setWritten] = React.useState(false);
  const [goToError, setGoToError] = React.useState<Notice | null>(null);
  const writeButton = React.useRef<HTMLButtonElement>(null);
  // The draft's choices are for the first read only; later reads show what the sheets were made with.
  const fromDraft = React.useRef(restored);
  const noHost = host === null;

  const write = useWorkbookWrite(
    host,
    run,
    {
      returnFocus: writeButton,
      onWritten: (outcome) => {
        setLoaded(outcome.written);
        setChoices(clearTitleEdits);
        setWritten(true);
      },
    },
    APPENDIX_WRITE,
  );

  React.useEffect(() => onChoices?.(choices), [choices, onChoices]);
  // A review of a write made with other choices is out of date.
  const { dismiss } = write;
  React.useEffect(() => dismiss(), [choices, dismiss]);

  function show(read: AppendixBook) {
    const draft = fromDraft.current;
    fromDraft.current = null;
    setLoaded(read);
    setChoices(draft === null ? choicesFromSheets(read.book, read.stored) : fitChoices(read.book, draft));
  }

  async function load(): Promise<boolean> {
    if (host === null) return true;
    return run({ key: "paneBusyReadingBook" }, async () => {
      setMessage(null);
      setWritten(false);
      setGoToError(null);
      write.clear();
      let read: AppendixBook | null;
      try {
        read = await (await loadAppendixActions()).readAppendixBook(host);
      } catch (error) {
        console.error(error);
        setLoaded(null);
        setMessage(notice("error", hostErrorText(error, "paneHostReadFailed")));
        return;
      }
      if (read === null) {
        setLoaded(null);
        setMessage(notice("info", say("paneCheckNoBook")));
        return;
      }
      show(read);
    });
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
  const stored = loaded?.stored;
  const view = React.useMemo(() => (book === null || stored === undefined ? null : appendixView(book, stored, choices)), [book, stored, choices]);

  async function generate() {
    if (host === null || loaded === null) return;
    const problem = choiceProblem(choices);
    setWritten(false);
    setGoToError(null);
    if (problem !== null) {
      write.clear();
      setMessage(notice("warning", say(problem)));
      return;
    }
    setMessage(null);
    await write.start(async (actions, workbook) => {
      const proposed = await actions.proposeAppendixWrite(workbook, choices);
      if (!("problem" in proposed)) {
        setLoaded(proposed.read);
        return proposed;
      }
      if (proposed.problem === "noBook") {
        setLoaded(null);
        return notice("info", say("paneCheckNoBook"));
      }
      setLoaded(proposed.read);
      return notice("error", say(proposed.key, proposed.params));
    });
  }

  function goToFirst() {
    if (host === null) return;
    setGoToError(null);
    host.select(APPENDIX_SHEETS.I, "A1").catch((error: unknown) => {
      console.error(error);
      setGoToError(notice("error", hostErrorText(error, say("paneAppendixSelectFailed", { sheet: APPENDIX_SHEETS.I }))));
    });
  }

  const disabled = busy !== null || noHost;
  const ids = {
    first: `${baseId}-first`,
    firstLevels: `${baseId}-first-levels`,
    firstSections: `${baseId}-first-sections`,
    second: `${baseId}-second`,
    targets: `${baseId}-targets`,
    units: `${baseId}-units`,
  };
  const planPeriod = book?.plan.meta.period ?? null;
  const { level } = choices.second;

  return (
    <>
      <Body1>{t("paneAppendixIntro", lang)}</Body1>
      <div className={layout.actions}>
        <Button disabledFocusable={disabled} onClick={() => void load()}>
          {t("paneAppendixReload", lang)}
        </Button>
      </div>
      <NoHostNote show={noHost} />

      {loaded !== null && view !== null && (
        <>
          {loaded.exists && <Caption1>{t("paneAppendixExisting", lang)}</Caption1>}

          <section className={layout.section} aria-labelledby={ids.first}>
            <Subtitle2 as="h2" id={ids.first}>
              {t("paneAppendixFirstHeading", lang)}
            </Subtitle2>
            <Caption1>{t("paneAppendixFirstHint", lang)}</Caption1>
            <div className={layout.actions}>
              <Button size="small" onClick={() => setChoices(wholePlan)}>
                {t("paneAppendixFirstWhole", lang)}
              </Button>
            </div>
            {view.levels.length > 1 && (
              <TitledCheckList
                titleId={ids.firstLevels}
                title={t("paneAppendixFirstLevels", lang, { count: view.firstLevels.size })}
                checked={view.firstLevels}
                onToggle={(key, on) => setChoices((current) => toggleFirstLevel(loaded.book, current, key as Level, on))}
                items={view.levels.map((option) => ({ key: option, label: levelLabel(option, lang) }))}
              />
            )}
            {view.sections.length > 1 && (
              <TitledCheckList
                titleId={ids.firstSections}
                title={t("paneAppendixFirstSections", lang, { count: view.firstSections.size })}
                checked={view.firstSections}
                onToggle={(key, on) => setChoices((current) => toggleFirstSection(loaded.book, current, key, on))}
                items={view.sections.map((section) => ({ key: section.key, label: sectionLabel(section, lang) }))}
              />
            )}
          </section>

          <section className={layout.section} aria-labelledby={ids.second}>
            <Subtitle2 as="h2" id={ids.second}>
              {t("paneAppendixSecondHeading", lang)}
            </Subtitle2>
            <Field
              label={t("paneAppendixLevel", lang)}
              hint={
                view.defaultLevel === null
                  ? t("paneAppendixSecondLevelHintNone", lang)
                  : t("paneAppendixSecondLevelHint", lang, { level: levelLabel(view.defaultLevel, lang) })
              }
            >
              <Select
                value={level ?? ""}
                onChange={(_event, data) => setChoices((current) => setSecondLevel(current, data.value === "" ? null : (data.value as Level)))}
              >
                <option value="">{t("paneAppendixLevelAll", lang)}</option>
                {view.levels.map((option) => (
                  <option key={option} value={option}>
                    {levelLabel(option, lang)}
                  </option>
                ))}
              </Select>
            </Field>

            <Subtitle2 as="h3" id={ids.targets}>
              {t("paneAppendixTargets", lang, { count: view.chosenTargets.size })}
            </Subtitle2>
            <div className={layout.actions}>
              <Button size="small" onClick={() => setChoices((current) => setSecondTargets(current, view.candidates.map((target) => target.id)))}>
                {t("paneAppendixTargetsAll", lang)}
              </Button>
              <Button size="small" onClick={() => setChoices((current) => setSecondTargets(current, []))}>
                {t("paneAppendixTargetsNone", lang)}
              </Button>
              <Button size="small" onClick={() => setChoices((current) => setSecondTargets(current, null))}>
                {t("paneAppendixTargetsDefault", lang)}
              </Button>
            </div>
            <CheckList
              titleId={ids.targets}
              checked={view.chosenTargets}
              onToggle={(key, on) => setChoices((current) => toggleSecondTarget(loaded.book, current, view.chosenTargets, key, on))}
              items={view.candidates.map((target) => ({ key: target.id, label: targetLabel(target, level === null, loaded.book.area, lang) }))}
            />

            <Subtitle2 as="h3" id={ids.units}>
              {t("paneAppendixUnits", lang, { count: view.unitCount })}
            </Subtitle2>
            <Checkbox
              checked={choices.second.units === null}
              label={t("paneAppendixUnitsEvery", lang)}
              onChange={(_event, data) =>
                setChoices((current) => setUnits(current, data.checked === true ? null : (view.selection?.units ?? view.schools).map((unit) => unit.code)))
              }
            />
            {choices.second.units !== null && (
              <>
                <div className={layout.actions}>
                  <Button size="small" onClick={() => setChoices((current) => setUnits(current, view.schools.map((unit) => unit.code)))}>
                    {t("paneAppendixUnitsAll", lang)}
                  </Button>
                  <Button size="small" onClick={() => setChoices((current) => setUnits(current, []))}>
                    {t("paneAppendixUnitsNone", lang)}
                  </Button>
                </div>
                <CheckList
                  titleId={ids.units}
                  checked={new Set(choices.second.units)}
                  onToggle={(key, on) => setChoices((current) => toggleUnit(loaded.book, current, key, on))}
                  items={view.schools.map((unit) => ({ key: unit.code, label: t("paneAppendixUnitItem", lang, { code: unit.code, name: unit.name }) }))}
                />
              </>
            )}
          </section>

          <Field
            label={t("paneAppendixPeriod", lang)}
            hint={planPeriod ? t("paneAppendixPeriodHint", lang, { period: planPeriod }) : t("paneAppendixPeriodHintNone", lang)}
          >
            <Input value={choices.period} placeholder={planPeriod ?? ""} onChange={(_event, data) => setChoices((current) => setPeriod(current, data.value))} />
          </Field>

          {APPENDIX_KINDS.map((kind) => {
            const shown = view.titles[kind];
            const sheet = APPENDIX_SHEETS[kind];
            return (
              <div key={kind} className={layout.section}>
                <Field label={t(kind === "I" ? "paneAppendixTitleFirst" : "paneAppendixTitleSecond", lang)} hint={t("paneAppendixTitleHint", lang)}>
                  <Input lang="vi" value={shown} onChange={(_event, data) => setChoices((current) => editTitle(current, kind, data.value))} />
                </Field>
                {shown.trim() !== view.defaults[kind] && (
                  <div className={layout.actions}>
                    <Button size="small" onClick={() => setChoices((current) => editTitle(current, kind, null))}>
                      {t("paneAppendixTitleReset", lang, { sheet })}
                    </Button>
                  </div>
                )}
              </div>
            );
          })}

          {view.selection !== null && (
            <Body1>
              {t("paneAppendixSummary", lang, {
                first: view.selection.first.length,
                second: view.selection.second.length,
                units: view.selection.units.length,
              })}
            </Body1>
          )}
        </>
      )}

      <NoticeBar notice={message} />
      <div className={layout.actions}>
        <Button
          ref={writeButton}
          appearance="primary"
          disabledFocusable={disabled || loaded === null || write.review !== null}
          onClick={() => void generate()}
        >
          {t(loaded?.exists ? "paneAppendixUpdate" : "paneAppendixCreate", lang)}
        </Button>
      </div>

      {write.review !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("paneReviewTakenSheets", lang, { sheets: write.review.takenSheets.join(", ") })}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" disabledFocusable={busy !== null} onClick={() => void write.confirm()}>
              {t("paneConfirmWrite", lang)}
            </Button>
            <Button disabledFocusable={busy !== null} onClick={write.cancel}>
              {t("paneCancel", lang)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {write.results.map((shown, index) => (
        <NoticeBar key={index} notice={shown} />
      ))}
      {written && (
        <div className={layout.actions}>
          <Button disabledFocusable={disabled} onClick={goToFirst}>
            {t("paneAppendixGoTo", lang)}
          </Button>
        </div>
      )}
      <NoticeBar notice={goToError} />
    </>
  );
}
