// Starts scripts/bench-web/serve-store.ts in a child process and waits for the address it prints.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";

export interface ServerProcess {
  url: string;
  /** CPU time the server process has used so far (user + system), in ms, from /proc: 10 ms resolution. */
  cpuMs(): number;
  stop(): Promise<void>;
}

export function startServer(storePath: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "serve-store.ts"), storePath],
    { stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the benchmark server exited with code ${code} before listening`)));
    createInterface({ input: child.stdout }).once("line", (line) => {
      const { url } = JSON.parse(line) as { url: string };
      resolve({
        url: url.replace(/\/$/, ""),
        cpuMs: () => readCpuMs(child.pid as number),
        stop: async () => {
          child.kill("SIGTERM");
          await exited;
        },
      });
    });
  });
}

/** utime + stime of a process, fields 14 and 15 of /proc/PID/stat, in clock ticks of 10 ms. */
function readCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
