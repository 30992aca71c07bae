// What the operating system says about a process that is not our child: the
// PostgreSQL a killed run left behind, found through its postmaster.pid.
// Linux /proc only; elsewhere nothing is known and callers stay careful.
import { existsSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

export interface ProcessInfo {
  pid: number;
  parentPid: number;
  /** Its command line, argument by argument (a process may rewrite it). */
  arguments: string[];
}

/** Whether this system lets us read other processes (a Linux /proc). */
export function canInspectProcesses(): boolean {
  return existsSync("/proc/self/stat");
}

/** A running process, or undefined when it is gone, a zombie, or unreadable. */
export function processInfo(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (command name) state ppid …": the name may hold spaces and parentheses.
    const [state, parentPid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (state === "Z" || state === "X") return undefined;
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return { pid, parentPid: Number(parentPid), arguments: commandLine.split("\0").filter((argument) => argument !== "") };
  } catch {
    return undefined;
  }
}

/** Whether a process runs, of any user; a zombie (dead, not yet reaped) does not. */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  if (!canInspectProcesses()) return true;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(")") + 2));
  } catch {
    return false;
  }
}

/** Resolves true once the process is gone, false if it still runs after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (processExists(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}
