// Jest setup: tests read and assert messages of every area in both languages,
// so all of them are registered before any test runs, as the CLI does at start
// (the pane fetches the later Vietnamese and English on demand).
import { registerEveryMessage } from "../../src/i18n/everything";

registerEveryMessage();
