// The sample plan the preview offers ("use the sample plan" in the pane):
// the Bắc Sơn seed, copied next to preview.html by webpack.config.js.
import type { SampleSource } from "../taskpane/ImportStep";

export const SAMPLE_PATH = "seeds/bac-son-2024-2025.txt";

export const sample: SampleSource = {
  fileName: "bac-son-2024-2025.txt",
  load: async () => {
    const response = await fetch(new URL(SAMPLE_PATH, document.baseURI));
    if (!response.ok) throw new Error(`${SAMPLE_PATH}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  },
};
