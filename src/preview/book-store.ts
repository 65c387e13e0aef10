// Keeps the preview's workbook in the browser (IndexedDB) so a reload, or
// closing and reopening the tab, finds it as it was. Written a moment after
// each change; a browser without IndexedDB (or with storage blocked) simply
// keeps nothing, and the page says so before leaving with unsaved work.

import type { SheetSpec, WorkbookSpec } from "../workbook/spec";

export interface StoredWorkbook {
  sheets: SheetSpec[];
  spec: WorkbookSpec | null;
  activeSheet: string;
  /** The workbook as stored was downloaded (or opened from a file) as it is: nothing unsaved. */
  saved: boolean;
}

const DATABASE = "chitieu-preview";
const STORE = "workbook";
const KEY = "current";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function transact<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    database.close();
  }
}

export const storageAvailable = (): boolean => typeof indexedDB !== "undefined";

/** The workbook kept last time, or null (none kept, or storage unavailable). */
export async function loadStoredWorkbook(): Promise<StoredWorkbook | null> {
  if (!storageAvailable()) return null;
  const found: unknown = await transact("readonly", (store) => store.get(KEY));
  return typeof found === "object" && found !== null && Array.isArray((found as StoredWorkbook).sheets) ? (found as StoredWorkbook) : null;
}

export async function storeWorkbook(workbook: StoredWorkbook): Promise<void> {
  if (!storageAvailable()) return;
  await transact("readwrite", (store) => store.put(workbook, KEY));
}

/** Stores the workbook `delay` ms after the last of a run of changes (typing fast writes once). */
export function keepStored(subscribe: (listener: () => void) => () => void, snapshot: () => StoredWorkbook, delay = 300): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  subscribe(() => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      storeWorkbook(snapshot()).catch((error: unknown) => console.error(error));
    }, delay);
  });
}
