// Starts the service on a loopback port: `npm start -w @mamori-examples/vendor-embed`.
import { createValidatorServer } from "./server.js";

const port = Number(process.env.PORT ?? 8787);
createValidatorServer().listen(port, "127.0.0.1", () => {
  console.log(`mamori validator listening on http://127.0.0.1:${port}/validate`);
});
