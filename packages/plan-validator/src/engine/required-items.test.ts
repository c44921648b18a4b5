import { describe, expect, test } from "vitest";
import { partOf } from "./required-items.js";

describe("partOf", () => {
  test("the first segment of the pointer names the part; anything else is the document", () => {
    expect(partOf("/emergency/procedures/0")).toBe("emergency");
    expect(partOf("/metadata")).toBe("metadata");
    expect(partOf("/preIncident/requirements/3/power")).toBe("preIncident");
    expect(partOf("")).toBe("document");
    expect(partOf("/kind")).toBe("document");
    expect(partOf("/x-source")).toBe("document");
    // the segment after the first "/", as path.split("/")[1] reads it
    expect(partOf("//metadata")).toBe("document");
    expect(partOf("metadata")).toBe("document");
    expect(partOf("x/scenarios/0")).toBe("scenarios");
    expect(partOf("/metadataX")).toBe("document");
  });
});
