// Keeps one step's failure inside that step: a part of the pane that could
// not be downloaded (offline webview) or that broke while drawing shows a
// plain message with a retry, and the other steps keep working.
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from "@fluentui/react-components";
import { t } from "../i18n/messages";
import { errorName } from "../readers/error-message";
import { LanguageContext } from "./language";

interface Props {
  /** Called before drawing the step again, e.g. to request its code anew. */
  onRetry?: () => void;
  children: React.ReactNode;
}

interface State {
  failure: "download" | "render" | null;
}

export class StepBoundary extends React.Component<Props, State> {
  // A class cannot call useLang; contextType hands it the same value as this.context.
  static override contextType = LanguageContext;
  declare context: React.ContextType<typeof LanguageContext>;
  override state: State = { failure: null };

  static getDerivedStateFromError(error: unknown): State {
    // webpack names a failed lazy chunk download ChunkLoadError.
    return { failure: errorName(error) === "ChunkLoadError" ? "download" : "render" };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render() {
    const { children } = this.props;
    const lang = this.context;
    if (this.state.failure !== null) {
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t(this.state.failure === "download" ? "paneModuleLoadFailed" : "paneUnexpected", lang)}</MessageBarBody>
          <MessageBarActions>
            <Button
              onClick={() => {
                this.props.onRetry?.();
                this.setState({ failure: null });
              }}
            >{t("paneTryAgain", lang)}</Button>
          </MessageBarActions>
        </MessageBar>
      );
    }
    return <React.Suspense fallback={<Spinner size="tiny" label={t("paneReading", lang)} />}>{children}</React.Suspense>;
  }
}
