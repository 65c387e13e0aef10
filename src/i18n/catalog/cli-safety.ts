// Part of the one message catalog (../messages.ts): what the CLI says when it
// refuses to lose something a user made (issue 11): an output that is one of
// its inputs, unit lists that do not split cleanly, cells of the user's that a
// rewritten book cannot hold. Vietnamese first, English second.

import type { Message } from "../message";

export const cliSafetyMessages = {
  cliOutputIsInput: {
    vi: "Tệp ghi ra {file} chính là tệp đầu vào {input} (cùng một tệp, có thể qua liên kết); ghi đè sẽ mất tệp gốc. Hãy chọn tên tệp khác.",
    en: "Output {file} is the input file {input} (the same file, perhaps through a link); writing it would lose the original. Choose another file name.",
  },
} satisfies Record<string, Message>;
