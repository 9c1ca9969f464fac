/** Minimal levelled logger (yoga's logger interface), writing to stderr so stdout stays for the start banner. */
export type LogLevel = "debug" | "info" | "warn" | "error";

export interface Logger {
  debug: (...args: unknown[]) => void;
  info: (...args: unknown[]) => void;
  warn: (...args: unknown[]) => void;
  error: (...args: unknown[]) => void;
}

const ORDER: LogLevel[] = ["debug", "info", "warn", "error"];

export function createLogger(level: LogLevel): Logger {
  const enabled = (candidate: LogLevel) => ORDER.indexOf(candidate) >= ORDER.indexOf(level);
  const write =
    (candidate: LogLevel) =>
    (...args: unknown[]) => {
      if (enabled(candidate))
        console.error(`[${new Date().toISOString()}] ${candidate.toUpperCase()}`, ...args);
    };
  return { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error") };
}
