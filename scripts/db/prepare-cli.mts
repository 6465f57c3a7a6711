// The database step of `npm start`, in a process of its own: migrate, seed an empty database.
// Run as a child so the supervising `npm start` process, which then only waits on the server,
// gives back the memory the embedded database took (about 400 MB of RSS otherwise kept).
import { readEnv } from "../../lib/env";
import { prepareDatabase } from "./prepare";

await prepareDatabase({ demo: readEnv().SEED_DEMO, log: (line) => console.log(`› ${line}`) });
// The work is done and the database closed, but a library timer keeps the event loop alive for
// another ~9 s (measured: done at 2.9 s, exit at 12 s); a start should not wait for it.
process.exit(0);
