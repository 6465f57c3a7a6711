// An exclusive lock file next to the embedded database's directory.
// Hand-written rather than proper-lockfile: we need only "one live process owns this
// directory" with stale-lock recovery by PID, which is a dozen lines with fs's `wx` flag.
import { openSync, writeSync, closeSync, readFileSync, unlinkSync } from "node:fs";

export interface DirectoryLock {
  path: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // A killed process whose parent died stays a zombie until PID 1 reaps it, and containers'
  // PID 1 often never does; kill(0) still succeeds on it. On Linux, ask /proc for its state.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // no /proc (macOS): trust kill(0)
  }
}

export class DirectoryLockedError extends Error {
  readonly lockPath: string;
  readonly pid: number;
  constructor(lockPath: string, pid: number) {
    super(
      `The embedded database is already open in process ${pid} (lock ${lockPath}). ` +
        `Only one process may use it at a time: stop that process first.`,
    );
    this.name = "DirectoryLockedError";
    this.lockPath = lockPath;
    this.pid = pid;
  }
}

export function acquireDirectoryLock(dir: string): DirectoryLock {
  const lockPath = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(lockPath, "utf8") === String(process.pid)) unlinkSync(lockPath);
        } catch {
          // already gone: nothing to release
        }
      };
      process.once("exit", release);
      return { path: lockPath, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
      if (Number.isFinite(owner) && owner !== process.pid && isAlive(owner)) {
        throw new DirectoryLockedError(lockPath, owner);
      }
      // Stale lock from a process that died (or our own from an earlier open): take it over.
      unlinkSync(lockPath);
    }
  }
  throw new Error(`Could not lock ${lockPath}`);
}
