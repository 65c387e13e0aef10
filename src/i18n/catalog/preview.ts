// Part of the one message catalog (../messages.ts): strings of the browser preview (src/preview).
// Vietnamese first, English second; `{name}` placeholders are filled by `t`.

import type { Message } from "../message";

export const previewMessages = {
} satisfies Record<string, Message>;
