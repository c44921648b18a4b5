#!/usr/bin/env node
// The `mamori` command. A committed file (not a build output) so that npm links it on
// install, before the first build; the program itself is the bundled dist/bin/cli.js.
import "../dist/bin/cli.js";
