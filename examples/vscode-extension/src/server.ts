// The server process the extension starts: mamori's language server over stdio.
import { startStdioServer } from "@mamori/language-server/node";

startStdioServer();
