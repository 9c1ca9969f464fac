import { z } from "zod";
import type { LogLevel } from "./logger.ts";

/** Environment -> typed configuration, validated once at start with one message per bad value. */
const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no"], { message: "must be 1/0, true/false or yes/no" })
  .transform((value) => ["1", "true", "yes"].includes(value));

const environment = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL (leave it unset for the embedded database)")
    .optional(),
  DATA_DIR: z.string().min(1, "must not be empty").default("./.data"),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
    .optional(),
  PORT: z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(0, "must be 0-65535")
    .max(65535, "must be 0-65535")
    .default(4000),
  HOST: z.string().min(1).default("0.0.0.0"),
  SEED_DEMO: booleanFlag.optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type Config = {
  /** The embedded database lives in `<dataDir>/pglite`; `dataDir` also keeps the embedded admin key. */
  database: { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };
  redisUrl: string | undefined;
  port: number;
  host: string;
  /** Seed demo data into an empty database: on by default for the embedded database only. */
  seedDemo: boolean;
  logLevel: LogLevel;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== "")),
  );
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  const values = parsed.data;
  const database = values.DATABASE_URL
    ? ({ kind: "postgres", url: values.DATABASE_URL } as const)
    : ({ kind: "pglite", dataDir: values.DATA_DIR } as const);
  return {
    database,
    redisUrl: values.REDIS_URL,
    port: values.PORT,
    host: values.HOST,
    seedDemo: values.SEED_DEMO ?? database.kind === "pglite",
    logLevel: values.LOG_LEVEL,
  };
}
