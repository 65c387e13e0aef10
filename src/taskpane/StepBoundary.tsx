// Keeps one step's failure inside that step: a part of the pane that could
// not be downloaded (offline webview) or that broke while drawing shows a
// plain message with a retry, and the other steps keep working.
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from "@fluentui/react-components";
import { t, type Lang } from "../i18n/messages";
import { errorName } from "../readers/error-message";

interface Props {
  lang: Lang;
  /** Called before drawing the step again, e.g. to request its code anew. */
  onRetry?: () => void;
  children: React.ReactNode;
}

interface State {
  failure: "download" | "render" | null;
}

export class StepBoundary extends React.Component<Props, State> {
  override state: State = { failure: null };

  static getDerivedStateFromError(error: unknown): State {
    // webpack names a failed lazy chunk download ChunkLoadError.
    return { failure: errorName(error) === "ChunkLoadError" ? "download" : "render" };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render() {
    const { lang, children } = this.props;
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
