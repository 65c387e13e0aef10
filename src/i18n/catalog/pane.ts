// Part of the one message catalog (../messages.ts): strings of the task pane's steps (src/taskpane).
// Vietnamese first, English second; `{name}` placeholders are filled by `t`.

import type { Message } from "../message";

export const paneMessages = {
} satisfies Record<string, Message>;
