// Text from a user's file can hold terminal escapes (ESC [ 2 J clears the
// screen, OSC sequences retitle the window) and other control characters.
// None of them belong in a unit name or code, and none may reach a terminal:
// unit lists drop them when parsed and the CLI drops them when printing.

// ESC sequences whole (CSI "ESC [ … final", OSC "ESC ] … BEL or ESC \", or ESC and one character), so no "[31m" is left behind.
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[\s\S]?)/g;
// C0 but tab and line feed, DEL, and C1.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `text` without control characters and terminal escape sequences; tabs and line feeds stay. */
export function withoutControlChars(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, "").replace(CONTROL, "");
}
