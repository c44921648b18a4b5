import type { CliIo } from "../io.js";
import { UsageError } from "../io.js";

/** `mamori report`. */
export async function runReport(_args: string[], _io: CliIo): Promise<number> {
  throw new UsageError("report is not available yet");
}
