// The Action's entry (dist/index.js): run it, then end the step. Abandoned network work may still
// hold sockets open; the result is already written when run() returns.
import { run } from './main.js';

await run();
process.exit(process.exitCode ?? 0);
