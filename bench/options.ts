import { parseArgs } from "node:util";

/** A bench's command line, read once its usage has been checked. */
export interface BenchOptions {
  /** `--name=N`, or `fallback` when absent. */
  number(name: string, fallback: number): number;
  /** `--name`. */
  flag(name: string): boolean;
  /** `--name=value`, or undefined when absent. */
  text(name: string): string | undefined;
  /** The arguments that are not options, each a positive number. */
  numbers: number[];
}

/**
 * Reads a bench's command line. `--help` prints the usage and exits before anything runs: a bench takes minutes
 * of a machine others share. An unknown option or a value that is not a positive number stops it the same way,
 * so a typo never starts a full run.
 */
export function benchOptions(
  usage: string,
  declared: { numbers?: string[]; flags?: string[]; texts?: string[]; positionals?: boolean },
  args: string[] = process.argv.slice(2),
): BenchOptions {
  const options = Object.fromEntries([
    ...[...(declared.numbers ?? []), ...(declared.texts ?? [])].map(
      (name) => [name, { type: "string" }] as const,
    ),
    ...[...(declared.flags ?? []), "help"].map((name) => [name, { type: "boolean" }] as const),
  ]);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: declared.positionals ?? false, strict: true });
  } catch (error) {
    return refuse(usage, (error as Error).message);
  }
  if (parsed.values.help) {
    console.log(`usage: ${usage}`);
    process.exit(0);
  }
  const positive = (what: string, value: string) => {
    const number = Number(value);
    return number > 0 ? number : refuse(usage, `${what} must be a positive number, not "${value}"`);
  };
  const numbers = parsed.positionals.map((value) => positive("a size", value));
  return {
    number: (name, fallback) => {
      const value = parsed.values[name];
      return typeof value === "string" ? positive(`--${name}`, value) : fallback;
    },
    flag: (name) => parsed.values[name] === true,
    text: (name) => {
      const value = parsed.values[name];
      return typeof value === "string" ? value : undefined;
    },
    numbers,
  };
}

function refuse(usage: string, problem: string): never {
  console.error(`${problem}\nusage: ${usage}`);
  process.exit(1);
}
