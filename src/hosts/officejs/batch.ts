// Round trips and request sizes. Office.js queues every call on a proxy and
// sends the queue at `context.sync()`; Excel on the web refuses a request or
// response over 5 MB. A Batch keeps an estimate of what is queued and syncs
// only when the next step would pass the budget, so a write is one request
// per ~4 MB, however many rows it has, and never one per row or cell.

/** Bytes Office.js spends on one queued action or object path besides its arguments, rounded up so estimates err high. */
export const ACTION_BYTES = 160;

/** Excel on the web's limit for one request or response. */
export const REQUEST_LIMIT = 5 * 1024 * 1024;
/** Where a batch is sent: well under the limit, for what the estimate misses. */
export const DEFAULT_BUDGET = 4 * 1024 * 1024;

/** UTF-8 length of a string, as it travels. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) {
      if (code < 0x800) bytes += 1;
      else if (code >= 0xd800 && code <= 0xdbff) {
        // A surrogate pair: 4 bytes for its 2 units.
        bytes += 2;
        i += 1;
      } else bytes += 2;
    }
  }
  return bytes;
}

/** Size of a value as JSON on the wire. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

/** Estimated request bytes of `actions` queued calls or object paths carrying `args`. */
export function cost(actions: number, ...args: unknown[]): number {
  let bytes = actions * ACTION_BYTES;
  for (const arg of args) bytes += jsonBytes(arg);
  return bytes;
}

export class Batch {
  private queued = 0;
  private trips = 0;
  private largestEstimate = 0;

  /**
   * `onOpen` runs at the start of every request (suspending calculation and
   * screen updating, which last only until the next sync) and returns its cost.
   */
  constructor(
    private readonly context: Excel.RequestContext,
    readonly budget: number,
    private readonly onOpen: () => number = () => 0,
  ) {}

  /** Round trips so far. */
  get roundTrips(): number {
    return this.trips;
  }

  /** The largest request estimated so far, in bytes. */
  get largest(): number {
    return this.largestEstimate;
  }

  /** Syncs only when the queue is not empty. */
  async flush(): Promise<void> {
    if (this.queued > 0) await this.sync();
  }

  /** Sends what is queued and reads what was loaded: one round trip. */
  async sync(): Promise<void> {
    this.largestEstimate = Math.max(this.largestEstimate, this.queued);
    this.queued = 0;
    this.trips += 1;
    await this.context.sync();
  }

  /**
   * Makes room for a step of `bytes` before it is queued: syncs first when
   * the step would take the request past the budget. A single step must fit
   * (callers split big arrays into row blocks first).
   */
  async room(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.budget) await this.sync();
    if (this.queued === 0) this.queued = this.onOpen();
    this.queued += bytes;
  }

  /** Counts a step already queued (reads whose size is known beforehand). */
  add(bytes: number): void {
    this.queued += bytes;
  }
}
