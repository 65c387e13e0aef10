// The DocumentReadError a reader rejects with; any other outcome fails the test.
import { DocumentReadError, readDocument } from "../../src/readers";

export function readError(bytes: Uint8Array, name: string): Promise<DocumentReadError> {
  return rejection(readDocument(bytes, name));
}

/** What `read` rejects with, for reads given options (a signal, a pdf.js loader). */
export async function rejection(read: Promise<unknown>): Promise<DocumentReadError> {
  const error: unknown = await read.then(
    () => new Error("expected a DocumentReadError"),
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof DocumentReadError)) throw error;
  return error;
}
