import { type ChildProcess, spawn } from "node:child_process";

/** A server started as `npm start` starts it, in its own process, for tests that stop or kill it. */
export interface ServerProcess {
  child: ChildProcess;
  output: () => string;
  url: string;
  /** Printed on the first start only; later starts of the same database say it was printed before. */
  adminKey: string;
}

export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { ...process.env, DATABASE_URL: "", REDIS_URL: "", PORT: "0", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const banner = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner within 90 s:\n${output}`)), 90_000);
    child.stdout?.on("data", () => {
      if (/Admin API key: \S+|first admin key was printed/.test(output) && /graphql-ws: \S+/.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    });
    child.on("exit", (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  return {
    child,
    output: () => output,
    url: /graphql-ws: (\S+)/.exec(banner)?.[1] ?? "",
    adminKey: /Admin API key: (\S+)/.exec(banner)?.[1] ?? "",
  };
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
