// Starts scripts/bench-web/serve-store.ts in a child process and waits for the address it prints.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";

export interface ServerProcess {
  url: string;
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
        stop: async () => {
          child.kill("SIGTERM");
          await exited;
        },
      });
    });
  });
}
