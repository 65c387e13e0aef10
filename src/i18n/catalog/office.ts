// Part of the one message catalog (../messages.ts): strings of the Office.js host and Excel feature checks (src/hosts/officejs).
// Vietnamese first, English second; `{name}` placeholders are filled by `t`.

import type { Message } from "../message";

export const officeMessages = {
} satisfies Record<string, Message>;
