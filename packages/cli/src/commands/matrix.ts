import type { CliIo } from "../io.js";
import { UsageError } from "../io.js";

/** `mamori matrix`. */
export async function runMatrix(_args: string[], _io: CliIo): Promise<number> {
  throw new UsageError("matrix is not available yet");
}
