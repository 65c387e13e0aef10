// The task pane: five steps in tabs (import the plan, units, returns, check, appendices), one
// long operation at a time, Vietnamese first with an English switch. Only the
// import step's inputs are in the first download; the targets table, the
// other steps, the extraction engine, the document readers and the workbook
// code load when first needed.
import * as React from "react";
import {
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  Title3,
  ToggleButton,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { notifyingHost, type WorkbookHost } from "../hosts/workbook-host";
import { hasLanguage, loadLanguage, t, type Lang, type MessageKey, withLaterMessages } from "../i18n/messages";
import { ImportStep, type SampleSource } from "./ImportStep";
import { LanguageContext, savedLanguage, saveLanguage } from "./language";
import { NoticeBar, notice, say } from "./notice";
import { type DraftStore, useDraftSaving } from "./draft-store";
import type { PlanDraft } from "./plan-draft";
import { StepBoundary } from "./StepBoundary";
import { useTaskRunner } from "./tasks";

// React.lazy remembers a failed download for good, so a retry needs new lazy components.
function lazySteps() {
  return {
    UnitsStep: React.lazy(() => withLaterMessages(() => import(/* webpackChunkName: "units-step" */ "./UnitsStep"))),
    CheckStep: React.lazy(() => withLaterMessages(() => import(/* webpackChunkName: "check-step" */ "./CheckStep"))),
    AppendixStep: React.lazy(() => withLaterMessages(() => import(/* webpackChunkName: "appendix-step" */ "./AppendixStep"))),
    ReturnsStep: React.lazy(() => withLaterMessages(() => import(/* webpackChunkName: "returns-step" */ "./ReturnsStep"))),
  };
}

type StepId = "import" | "units" | "returns" | "check" | "appendix";

const STEPS: readonly { id: StepId; label: MessageKey }[] = [
  { id: "import", label: "paneStepImport" },
  { id: "units", label: "paneStepUnits" },
  { id: "returns", label: "paneStepReturns" },
  { id: "check", label: "paneStepCheck" },
  { id: "appendix", label: "paneStepAppendix" },
];

const LANGUAGES: readonly { lang: Lang; name: MessageKey }[] = [
  { lang: "vi", name: "paneLanguageVi" },
  { lang: "en", name: "paneLanguageEn" },
];
const UNEXPECTED = notice("error", say("paneUnexpected"));
const LANGUAGE_FAILED = notice("error", say("paneModuleLoadFailed"));

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  // Five steps do not fit one row of a narrow pane: the tabs wrap rather than push the pane sideways.
  tabs: {
    flexWrap: "wrap",
  },
  languages: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
  },
  progress: {
    display: "flex",
    justifyContent: "flex-start",
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

export interface AppProps {
  /** Fluent theme; index.tsx passes the one matching the Office theme. */
  theme?: Theme;
  /** The workbook to write to: Excel's, the preview's, or none (then the pane only reads plans). */
  host: WorkbookHost | null;
  /** A plan to try the pane with ("Dùng kế hoạch mẫu"); the preview passes one. */
  sample?: SampleSource;
  /** Where the review draft, the unit list being pasted and the Phụ lục choices are kept across reloads; none keeps nothing. */
  drafts?: DraftStore;
}

const tabId = (step: StepId): string => `chitieu-tab-${step}`;
const panelId = (step: StepId): string => `chitieu-panel-${step}`;

export function App({ theme = webLightTheme, host, sample, drafts }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(() => {
    const saved = savedLanguage();
    return hasLanguage(saved) ? saved : "vi";
  });
  const [languageFailed, setLanguageFailed] = React.useState(false);
  // English comes as its own download the first time it is chosen; offline, the pane stays as it is and says why.
  const chooseLanguage = React.useCallback((next: Lang) => {
    setLanguageFailed(false);
    if (hasLanguage(next)) return setLang(next);
    loadLanguage(next).then(
      () => setLang(next),
      () => setLanguageFailed(true),
    );
  }, []);
  const [step, setStep] = React.useState<StepId>("import");
  // Steps stay mounted once opened, so half-done work survives switching tabs.
  const [opened, setOpened] = React.useState<ReadonlySet<StepId>>(() => new Set<StepId>(["import"]));
  // Work left in progress last time (a reload, the pane closed) comes back.
  const [restored] = React.useState(() => drafts?.load() ?? null);
  const [draft, setDraft] = React.useState<PlanDraft | null>(restored?.plan ?? null);
  const [unitsText, setUnitsText] = React.useState(restored?.unitsText ?? "");
  const [appendixChoices, setAppendixChoices] = React.useState<unknown>(restored?.appendix ?? null);
  const work = React.useMemo(
    () => ({ version: 1 as const, plan: draft, unitsText, appendix: appendixChoices }),
    [draft, unitsText, appendixChoices],
  );
  useDraftSaving(drafts, work);
  const { busy, run, failed } = useTaskRunner();
  const [{ UnitsStep, CheckStep, AppendixStep, ReturnsStep }, setSteps] = React.useState(lazySteps);

  React.useEffect(() => {
    document.documentElement.lang = lang;
    saveLanguage(lang);
  }, [lang]);

  const updateDraft = React.useCallback((update: (draft: PlanDraft) => PlanDraft) => {
    setDraft((current) => (current === null ? current : update(current)));
  }, []);

  function openStep(next: StepId) {
    setStep(next);
    setOpened((current) => (current.has(next) ? current : new Set([...current, next])));
  }

  // Each step gets the host through a wrapper that counts its writes for the other steps.
  const [writes, setWrites] = React.useState<Record<StepId, number>>({ import: 0, units: 0, returns: 0, check: 0, appendix: 0 });
  const stepHosts = React.useMemo(() => {
    const wrapped = (step: StepId): WorkbookHost | null =>
      host === null ? null : notifyingHost(host, () => setWrites((current) => ({ ...current, [step]: current[step] + 1 })));
    return Object.fromEntries(STEPS.map(({ id }) => [id, wrapped(id)])) as Record<StepId, WorkbookHost | null>;
  }, [host]);
  const total = Object.values(writes).reduce((sum, count) => sum + count, 0);
  const stepProps = (step: StepId) => ({ host: stepHosts[step], busy, run, outsideWrites: total - writes[step] });

  return (
    <FluentProvider theme={theme} lang={lang}>
      <LanguageContext.Provider value={lang}>
        <main className={styles.pane}>
          <header className={styles.header}>
            <Title3 as="h1">{t("appName", lang)}</Title3>
            <div role="group" aria-label={t("paneLanguage", lang)} className={styles.languages}>
              {LANGUAGES.map((option) => (
                <ToggleButton
                  key={option.lang}
                  size="small"
                  lang={option.lang}
                  checked={lang === option.lang}
                  onClick={() => chooseLanguage(option.lang)}
                >
                  {t(option.name, lang)}
                </ToggleButton>
              ))}
            </div>
          </header>

          <TabList
            className={styles.tabs}
            selectedValue={step}
            onTabSelect={(_event, data) => openStep(data.value as StepId)}
            aria-label={t("paneStepsLabel", lang)}
          >
            {STEPS.map(({ id, label }) => (
              // Panels exist once opened; aria-controls must not point at nothing.
              <Tab key={id} value={id} id={tabId(id)} aria-controls={opened.has(id) ? panelId(id) : undefined}>
                {t(label, lang)}
              </Tab>
            ))}
          </TabList>

          {/* Always in the page so screen readers announce each new stage of a long operation. */}
          <div role="status" className={styles.progress}>
            {busy && <Spinner size="tiny" labelPosition="after" label={t(busy.key, lang, busy.params)} />}
          </div>
          <NoticeBar notice={failed ? UNEXPECTED : languageFailed ? LANGUAGE_FAILED : null} />

          {STEPS.map(({ id }) =>
            opened.has(id) ? (
              <section
                key={id}
                role="tabpanel"
                id={panelId(id)}
                aria-labelledby={tabId(id)}
                hidden={step !== id}
                // The flex class would override `hidden`'s display: none.
                className={step === id ? styles.panel : undefined}
              >
                <StepBoundary onRetry={() => setSteps(lazySteps())}>
                  {id === "import" && (
                    <ImportStep {...stepProps("import")} sample={sample} draft={draft} onDraft={setDraft} onEdit={updateDraft} />
                  )}
                  {id === "units" && <UnitsStep {...stepProps("units")} draft={draft} text={unitsText} onText={setUnitsText} />}
                  {id === "returns" && <ReturnsStep {...stepProps("returns")} />}
                  {id === "check" && <CheckStep {...stepProps("check")} />}
                  {id === "appendix" && <AppendixStep {...stepProps("appendix")} saved={appendixChoices} onChoices={setAppendixChoices} />}
                </StepBoundary>
              </section>
            ) : null,
          )}
        </main>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
