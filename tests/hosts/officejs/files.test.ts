// Handing files to the user from inside Excel: downloads where the webview
// saves them (Windows, the web), and where it does not (Mac, iPad) each
// return opened as a new workbook through Excel.createWorkbook, as base64.

import { randomBytes } from "node:crypto";
import { createOfficeHost } from "../../../src/hosts/officejs";
import { toBase64 } from "../../../src/hosts/officejs/host";
import { WorkbookWriteError } from "../../../src/workbook/write-error";
import { FakeWorkbookState } from "../../helpers/fake-excel";

test("downloads are offered on Windows and the web only", () => {
  const state = new FakeWorkbookState();
  const host = (platform?: string) => createOfficeHost({ run: state.run, isSetSupported: () => true, platform });
  expect([host("PC"), host("OfficeOnline"), host(undefined)].map((one) => one.canDownload)).toEqual([true, true, true]);
  expect([host("Mac"), host("iOS"), host("Universal")].map((one) => one.canDownload)).toEqual([false, false, false]);
  expect(host("Mac").openAsNewWorkbook).toBeNull();
});

test("a file opens as a new workbook from its base64, and not at all in an Excel older than the manifest's", async () => {
  const opened: string[] = [];
  const createWorkbook = async (base64: string) => {
    opened.push(base64);
  };
  const state = new FakeWorkbookState();
  const bytes = new Uint8Array(randomBytes(100_001));
  const host = createOfficeHost({ run: state.run, isSetSupported: () => true, platform: "Mac", createWorkbook });
  await host.openAsNewWorkbook?.(bytes);
  expect(opened).toEqual([Buffer.from(bytes).toString("base64")]);
  expect(toBase64(new Uint8Array(0))).toBe("");

  const old = createOfficeHost({ run: state.run, isSetSupported: () => false, platform: "Mac", createWorkbook });
  await expect(old.openAsNewWorkbook?.(bytes)).rejects.toBeInstanceOf(WorkbookWriteError);
  expect(opened).toHaveLength(1);
});
