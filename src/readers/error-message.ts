// Library errors are only ever inspected, never shown; this reads their
// message without trusting their type (they may come from another realm).

export function errorMessage(error: unknown): string {
  if (typeof error === "object" && error !== null && "message" in error) {
    if (typeof error.message === "string") return error.message;
  }
  return String(error);
}

export function errorName(error: unknown): string {
  if (typeof error === "object" && error !== null && "name" in error) {
    if (typeof error.name === "string") return error.name;
  }
  return "";
}

export function errorCode(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error) {
    if (typeof error.code === "string") return error.code;
  }
  return "";
}
