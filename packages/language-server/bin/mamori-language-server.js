#!/usr/bin/env node
// The language server over stdio (`mamori-language-server --stdio`). A committed file (not a
// build output) so that npm links it on install, before the first build.
import { startStdioServer } from "../dist/node.js";

startStdioServer();
