// For Node entry points (the CLI, build tools, tests): every message in both
// languages, registered at once, where the pane fetches parts as it needs them.
import { en } from "./en";
import { registerEnglish, registerLaterVietnamese } from "./messages";
import { viLater } from "./vi/later";

export function registerEveryMessage(): void {
  registerLaterVietnamese(viLater);
  registerEnglish(en);
}
