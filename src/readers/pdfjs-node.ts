// Loads pdf.js in Node. pdf.js 4 ships only as ES modules, while the CLI and
// the tests are CommonJS: TypeScript would compile a plain `import()` into
// `require()`, which cannot load it. So the import is made at run time:
//  - normally through a function built with the Function constructor, which
//    TypeScript cannot see into;
//  - inside jest's vm sandbox that import is refused (no
//    --experimental-vm-modules), so there we compile the import with Node's
//    main-context module loader instead.
// Node builtins are reached through process.getBuiltinModule (Node >= 20.16)
// rather than require(), so bundlers for the task pane find nothing to pull in.

import type { PdfjsDocumentParams, PdfjsLib, PdfjsLoader } from "./pdfjs-types";
import { isPdfjsLib } from "./pdfjs-types";
import { errorCode } from "./error-message";

const PDFJS_ENTRY = "pdfjs-dist/legacy/build/pdf.mjs";

type Importer = (specifier: string) => Promise<unknown>;

interface NodeProcess {
  getBuiltinModule: NodeJS.Process["getBuiltinModule"];
}

function nodeProcess(): NodeProcess | null {
  if (typeof process === "undefined" || typeof process.getBuiltinModule !== "function") return null;
  return process;
}

export const loadPdfjsInNode: PdfjsLoader = async () => {
  const node = nodeProcess();
  if (node === null) throw new Error("pdf.js: no default loader outside Node; pass ReadOptions.loadPdfjs");
  const { createRequire } = node.getBuiltinModule("node:module");
  const { pathToFileURL } = node.getBuiltinModule("node:url");
  const path = node.getBuiltinModule("node:path");

  // Resolve from this file, not the working directory: the CLI runs from anywhere.
  const entry = createRequire(__filename).resolve(PDFJS_ENTRY);
  const loaded = await importEsm(pathToFileURL(entry).href, node);
  if (!isPdfjsLib(loaded)) throw new Error(`pdf.js: ${PDFJS_ENTRY} has no getDocument`);

  const packageRoot = path.resolve(path.dirname(entry), "..", "..");
  return withLocalAssets(loaded, path.join(packageRoot, "cmaps") + path.sep, path.join(packageRoot, "standard_fonts") + path.sep);
};

/** Points pdf.js at the CMaps and standard fonts shipped in pdfjs-dist, for PDFs that rely on them. */
function withLocalAssets(lib: PdfjsLib, cMapUrl: string, standardFontDataUrl: string): PdfjsLib {
  return {
    getDocument: (params: PdfjsDocumentParams) =>
      lib.getDocument({ ...params, cMapUrl, cMapPacked: true, standardFontDataUrl }),
  };
}

async function importEsm(url: string, node: NodeProcess): Promise<unknown> {
  const nativeImport = new Function("specifier", "return import(specifier)") as Importer;
  try {
    return await nativeImport(url);
  } catch (error) {
    if (!errorCode(error).startsWith("ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING")) throw error;
    return mainContextImporter(node)(url);
  }
}

/** An import() compiled in Node's main context with its default loader, outside any vm sandbox. */
function mainContextImporter(node: NodeProcess): Importer {
  const vm = node.getBuiltinModule("node:vm");
  const importer: unknown = vm.runInThisContext("(specifier) => import(specifier)", {
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (typeof importer !== "function") throw new Error("pdf.js: could not compile an import() function");
  return importer as Importer;
}
