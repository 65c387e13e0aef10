import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

// jsdom lacks ResizeObserver, which Fluent's MessageBar uses to reflow its
// layout. Every webview the add-in supports has it; a do-nothing stand-in is
// enough for tests that never resize.
class ResizeObserverStandIn {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (!("ResizeObserver" in window)) {
  Object.defineProperty(window, "ResizeObserver", { value: ResizeObserverStandIn, configurable: true });
}

// jsdom 20's Blob has no arrayBuffer(), which the pane uses to read a chosen
// file (every supported webview has it). FileReader, which jsdom does have,
// gives the same bytes.
if (typeof Blob.prototype.arrayBuffer !== "function") {
  Object.defineProperty(Blob.prototype, "arrayBuffer", {
    configurable: true,
    value(this: Blob): Promise<ArrayBuffer> {
      return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(this);
      });
    },
  });
}

// jest's jsdom environment leaves out TextDecoder, which the text-file reader
// uses (every webview has it). Node's is the same WHATWG implementation.
if (typeof globalThis.TextDecoder === "undefined") {
  Object.defineProperty(globalThis, "TextDecoder", { value: NodeTextDecoder, configurable: true });
}

// And TextEncoder, which the docx package needs to build test documents in a jsdom test.
if (typeof globalThis.TextEncoder === "undefined") {
  Object.defineProperty(globalThis, "TextEncoder", { value: NodeTextEncoder, configurable: true });
}
