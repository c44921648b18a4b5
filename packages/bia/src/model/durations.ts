import { ISO_DURATION_PATTERN, type Locale, parseDuration } from "@mamori/core";
import type { Reporter } from "./reporter.js";

/**
 * Reads the durations of the documents being compiled, reporting each problem once. Two
 * checks see a duration: the schema checks the ISO 8601 format (`duration/malformed`, or
 * `schema/invalid-type` for a value that is not text), and reading checks what the format
 * allows but the analysis cannot use (`duration/calendar-unit` where months and years are not
 * counted, a value too large to count). A format problem is reported by reading only where
 * the schema said nothing about that value (it stops early at an unsupported
 * `schemaVersion`, and lists at most so many issues). A negative duration, which the format
 * refuses, is told precisely: its `duration/negative` takes the place of the schema's
 * `duration/malformed` at that path.
 * @internal
 */
export interface DurationReader {
  /** Note the schema's diagnostics, from index `from` of the reporter's list on. */
  noteSchema(from: number): void;
  /** Minutes of a duration; undefined when absent or unusable (its problem reported once). */
  minutes(value: unknown, path: string, calendarUnits?: "approximate"): number | undefined;
}

/** A {@link DurationReader} reporting into `rep`. @internal */
export function makeDurationReader(rep: Reporter, locale: Locale): DurationReader {
  /** Paths the schema reported on. */
  const said = new Set<string>();
  /** Path → index in `rep.list` of the schema's `duration/malformed` there. */
  const malformedAt = new Map<string, number>();
  return {
    noteSchema(from) {
      for (let i = from; i < rep.list.length; i++) {
        const d = rep.list[i];
        if (d === undefined) continue;
        said.add(d.path);
        if (d.code === "duration/malformed") malformedAt.set(d.path, i);
      }
    },
    minutes(value, path, calendarUnits) {
      if (value === undefined) return undefined;
      const r = parseDuration(value, { path, locale, ...(calendarUnits ? { calendarUnits } : {}) });
      // Not text, or not in the ISO 8601 format: the schema's finding, when it saw the value.
      const schemaFound =
        !(typeof value === "string" && ISO_DURATION_PATTERN.test(value)) && said.has(path);
      for (const d of r.diagnostics) {
        if (d.code === "duration/negative") {
          const i = malformedAt.get(path);
          if (i === undefined) malformedAt.set(path, rep.list.push(d) - 1);
          else rep.list[i] = d;
        } else if (!schemaFound) {
          said.add(path);
          rep.list.push(d);
        }
      }
      return r.minutes;
    },
  };
}
