// The database step of `npm start`, in a process of its own: migrate, seed an empty database.
// Run as a child so the supervising `npm start` process, which then only waits on `next start`,
// gives back the memory the embedded database took (about 400 MB of RSS otherwise kept).
import { readEnv } from "../../lib/env";
import { prepareDatabase } from "./prepare";

await prepareDatabase({ demo: readEnv().SEED_DEMO, log: (line) => console.log(`› ${line}`) });
