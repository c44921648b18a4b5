// The vendor-embed HTTP service under hostile requests (issue 30): request targets that
// start with `//`, bodies that are not UTF-8, and slow clients.
import { request } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: the example is plain JavaScript without declarations.
import { createValidatorServer } from "../../examples/vendor-embed/src/server.js";

type Server = import("node:http").Server;
let server: Server;
let port = 0;

beforeAll(async () => {
  server = createValidatorServer({ headersTimeoutMs: 500, requestTimeoutMs: 1_000 }) as Server;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(path: string, body: Buffer | string, type = "application/json") {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, method: "POST", path, headers: { "content-type": type } },
      (res) => {
        let text = "";
        res.on("data", (d) => {
          text += d;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("vendor-embed service", () => {
  it("never a 500 for a request target starting with //, never another route", async () => {
    for (const path of ["//x/validate", "//validate", "///", "//[::1]/validate", "//%zz"]) {
      const r = await send(path, "{}");
      expect(r.status, path).toBe(404);
    }
    expect((await send("http://evil.example/validate", "{}")).status).toBe(400);
  });

  it("a body that is not UTF-8 is a 400 naming its line and column, not a U+FFFD", async () => {
    const r = await send("/validate", Buffer.from([0x7b, 0x0a, 0x22, 0xff, 0x22, 0x7d]));
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error.detail).toBe(
      "The body is not valid UTF-8 (line 2, column 2); send UTF-8 text.",
    );
  });

  it("a client that sends its body slowly is answered 408 when the request time is up", async () => {
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => {
        socket.write(
          "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{",
        );
      });
      let text = "";
      socket.on("data", (d) => {
        text += d;
      });
      socket.on("close", () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  });
});
