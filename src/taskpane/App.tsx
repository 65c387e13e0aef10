// The task pane: paste a plan, press "Đọc chỉ tiêu", see what was read.
// The extraction engine and the results table are loaded on the first press,
// so opening the pane only downloads React, Fluent and this file.
import * as React from "react";
import {
  Body1,
  Button,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Textarea,
  Title3,
  ToggleButton,
  makeStyles,
  tokens,
  webLightTheme,
  type MessageBarIntent,
  type Theme,
} from "@fluentui/react-components";
import type { Plan } from "../domain/plan";
import { t, type Lang, type MessageKey } from "../i18n/messages";

const planViewChunk = () => import(/* webpackChunkName: "plan-view" */ "./PlanView");
const PlanView = React.lazy(planViewChunk);

/**
 * Fetches the engine and the results table together, so a failed download is
 * reported here as one message instead of breaking the pane while rendering.
 */
async function loadReader() {
  const [engine] = await Promise.all([import(/* webpackChunkName: "engine" */ "../domain/extract"), planViewChunk()]);
  return engine;
}

type Status =
  | { kind: "idle" }
  | { kind: "reading" }
  | { kind: "read"; plan: Plan }
  | { kind: "problem"; message: MessageKey; intent: MessageBarIntent };

const LANGUAGES: readonly { lang: Lang; name: MessageKey }[] = [
  { lang: "vi", name: "paneLanguageVi" },
  { lang: "en", name: "paneLanguageEn" },
];
const LANG_STORAGE_KEY = "chitieu.lang";

/** The language chosen last time; Vietnamese unless the planner switched. */
function savedLanguage(): Lang {
  try {
    return window.localStorage.getItem(LANG_STORAGE_KEY) === "en" ? "en" : "vi";
  } catch {
    // Some webviews block storage; the default is fine.
    return "vi";
  }
}

function saveLanguage(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not remembering the choice is harmless.
  }
}

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
  languages: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
  },
  actions: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
});

export interface AppProps {
  /** Fluent theme; index.tsx passes the one matching the Office theme. */
  theme?: Theme;
}

export function App({ theme = webLightTheme }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(savedLanguage);
  const [text, setText] = React.useState("");
  const [status, setStatus] = React.useState<Status>({ kind: "idle" });

  React.useEffect(() => {
    document.documentElement.lang = lang;
    saveLanguage(lang);
  }, [lang]);

  async function readTargets() {
    if (text.trim() === "") {
      setStatus({ kind: "problem", message: "paneEmptyText", intent: "warning" });
      return;
    }
    setStatus({ kind: "reading" });
    let engine: Awaited<ReturnType<typeof loadReader>>;
    try {
      engine = await loadReader();
    } catch (error) {
      console.error(error);
      setStatus({ kind: "problem", message: "paneEngineLoadFailed", intent: "error" });
      return;
    }
    try {
      setStatus({ kind: "read", plan: engine.extractPlan(text) });
    } catch (error) {
      console.error(error);
      setStatus({ kind: "problem", message: "paneExtractFailed", intent: "error" });
    }
  }

  return (
    <FluentProvider theme={theme} lang={lang}>
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
                onClick={() => setLang(option.lang)}
              >
                {t(option.name, lang)}
              </ToggleButton>
            ))}
          </div>
        </header>
        <Body1>{t("paneIntro", lang)}</Body1>
        <Field label={t("panePasteLabel", lang)}>
          <Textarea
            value={text}
            onChange={(_event, data) => setText(data.value)}
            placeholder={t("panePastePlaceholder", lang)}
            resize="vertical"
            rows={8}
          />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" disabled={status.kind === "reading"} onClick={() => void readTargets()}>
            {t("paneRead", lang)}
          </Button>
          {status.kind === "reading" && <Spinner size="tiny" label={t("paneReading", lang)} />}
        </div>
        {status.kind === "problem" && (
          <MessageBar intent={status.intent}>
            <MessageBarBody>{t(status.message, lang)}</MessageBarBody>
          </MessageBar>
        )}
        {status.kind === "read" && (
          <React.Suspense fallback={<Spinner size="tiny" label={t("paneReading", lang)} />}>
            <PlanView plan={status.plan} lang={lang} />
          </React.Suspense>
        )}
      </main>
    </FluentProvider>
  );
}
