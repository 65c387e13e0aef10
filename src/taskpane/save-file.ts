// Hands bytes to the browser as a download: the preview's "Tải về .xlsx" and
// the Returns step's .zip. Where the webview ignores downloads (Excel for
// Mac), hosts say so (`WorkbookHost.canDownload`) and the step offers another way.

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const ZIP_TYPE = "application/zip";

export function saveBytes(bytes: Uint8Array, fileName: string, type: string = XLSX_TYPE): void {
  // A copy in a fresh ArrayBuffer: Blob wants ArrayBuffer-backed views.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const url = URL.createObjectURL(new Blob([copy.buffer], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
