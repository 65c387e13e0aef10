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
