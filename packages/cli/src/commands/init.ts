import type { CliIo } from "../io.js";
import { UsageError } from "../io.js";

/** `mamori init <dir>`: a starter set of documents to edit. */
export async function runInit(_args: string[], _io: CliIo): Promise<number> {
  throw new UsageError("init is not available yet");
}
