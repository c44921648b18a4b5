/**
 * A short text for a value quoted in a message: strings as they are, anything else as JSON,
 * cut to 80 characters. Never throws — not on BigInt, cycles or objects without a
 * prototype, which JSON.stringify and String() throw on.
 *
 * @category Diagnostics
 */
export function showValue(value: unknown): string {
  let s: string | undefined;
  if (typeof value === "string") s = value;
  else {
    try {
      s = JSON.stringify(value);
    } catch {
      s = undefined;
    }
    if (s === undefined) {
      try {
        s = String(value);
      } catch {
        s = Array.isArray(value) ? "array" : typeof value;
      }
    }
  }
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
