// Jest setup: tests read and assert English messages, so English is registered
// before any test runs, as the CLI does at start (the pane fetches it on demand).
import { en } from "../../src/i18n/en";
import { registerEnglish } from "../../src/i18n/messages";

registerEnglish(en);
