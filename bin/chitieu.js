#!/usr/bin/env node
// Thin CommonJS launcher for the compiled CLI (lib/, built by `npm run prepare`).
"use strict";

let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (error) {
  // The message catalog lives in lib/ too, so this one line cannot come from it.
  if (error && error.code === "MODULE_NOT_FOUND") {
    process.stderr.write(
      "chitieu chưa được biên dịch; hãy chạy `npm run prepare`. / chitieu is not built; run `npm run prepare`.\n",
    );
    process.exit(1);
  }
  throw error;
}
cli.run();
