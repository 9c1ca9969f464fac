import { type ChildProcess, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";

/** A server started as `npm start` starts it, in its own process, for tests that stop or kill it. */
export interface ServerProcess {
  child: ChildProcess;
  output: () => string;
  url: string;
  /** Printed on the first start only; later starts of the same database say it was printed before. */
  adminKey: string;
  /** Kills it with SIGKILL, with every process it started when it runs through npm (its process group). */
  kill: () => void;
}

/**
 * Starts the server in a child process: src/main.ts through tsx (`node --import tsx src/main.ts`, as `npm run dev`
 * runs it, without building), or with `via: "npm"` through `npm start` itself (the build when stale, then the
 * compiled server under plain Node), in a process group of its own so that `kill` reaches whatever npm started
 * too, even when the test fails half-way.
 */
export async function startServer(
  env: Record<string, string>,
  options: { via?: "node" | "npm" } = {},
): Promise<ServerProcess> {
  const viaNpm = options.via === "npm";
  const child = spawn(
    viaNpm ? "npm" : process.execPath,
    viaNpm ? ["start"] : ["--import", "tsx", "src/main.ts"],
    {
      env: { ...process.env, DATABASE_URL: "", REDIS_URL: "", PORT: "0", HOST: "127.0.0.1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: viaNpm,
    },
  );
  const kill = () => {
    try {
      if (viaNpm && child.pid) process.kill(-child.pid, "SIGKILL");
      else child.kill("SIGKILL");
    } catch {
      // Already gone.
    }
  };
  // A process group of its own no longer gets the terminal's Ctrl-C: never leave it behind.
  if (viaNpm) {
    process.on("exit", kill);
    child.on("close", () => process.off("exit", kill));
  }
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const banner = await new Promise<string>((resolve, reject) => {
    // Through npm, a stale build is made first: on a loaded machine that alone can take a minute.
    const seconds = viaNpm ? 180 : 90;
    const timer = setTimeout(
      () => reject(new Error(`no banner within ${seconds} s:\n${output}`)),
      seconds * 1000,
    );
    child.stdout?.on("data", () => {
      if (/Admin API key: \S+|first admin key was printed/.test(output) && /graphql-ws: \S+/.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    });
    child.on("exit", (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  }).catch((error: unknown) => {
    kill();
    throw error;
  });
  return {
    child,
    output: () => output,
    url: /graphql-ws: (\S+)/.exec(banner)?.[1] ?? "",
    adminKey: /Admin API key: (\S+)/.exec(banner)?.[1] ?? "",
    kill,
  };
}

/**
 * The server process a `via: "npm"` start runs: npm's only child, the shell its script runs in, which `exec`
 * replaced by the server. Read from /proc: Linux only.
 */
export async function serverPid(server: ServerProcess): Promise<number> {
  const npm = server.child.pid;
  const children = (await readFile(`/proc/${npm}/task/${npm}/children`, "utf8")).trim().split(/\s+/);
  if (children.length !== 1 || !children[0])
    throw new Error(`npm start has children: ${children.join(", ")}`);
  return Number(children[0]);
}

/** Sends `signal` and resolves with the exit code (null when a signal ended it). */
export async function stopServer(server: ServerProcess, signal: NodeJS.Signals): Promise<number | null> {
  if (server.child.exitCode !== null) return server.child.exitCode;
  const exited = new Promise<number | null>((resolve) => server.child.on("exit", resolve));
  server.child.kill(signal);
  return exited;
}

export async function queryServer(
  server: ServerProcess,
  adminKey: string,
  document: string,
  variables: Record<string, unknown> = {},
) {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${adminKey}` },
    body: JSON.stringify({ query: document, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}
