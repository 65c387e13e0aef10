// The DocumentReadError a reader rejects with; any other outcome fails the test.
import { DocumentReadError, readDocument } from "../../src/readers";

export async function readError(bytes: Uint8Array, name: string): Promise<DocumentReadError> {
  const error: unknown = await readDocument(bytes, name).then(
    () => new Error("expected a DocumentReadError"),
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof DocumentReadError)) throw error;
  return error;
}
