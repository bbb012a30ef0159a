/** Helpers shared by the database commands (export, query, speakers). */
import { DbInputError } from "../db/errors.ts";
import { UsageError } from "./usage.ts";

/** Runs `fn`, turning the database's input problems into usage errors (exit 2, no stack trace). */
export async function asUsage<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof DbInputError) throw new UsageError(err.message);
    throw err;
  }
}

/** The value of a --name option restricted to a list of choices. */
export function choice<T extends string>(value: string | undefined, name: string, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} takes one of ${choices.join(", ")}, not "${value}"`);
}

/** Whole number ≥ 0 option (positiveInt refuses 0, which --min-quotes needs). */
export function nonNegativeInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} takes a whole number, not "${value}"`);
  return n;
}

/** The terminal width tables fit into. */
export function terminalWidth(): number {
  const cols = process.stdout.columns;
  return typeof cols === "number" && cols > 0 ? cols : 100;
}

export const FORMATS = ["table", "json", "csv"] as const;
export type Format = (typeof FORMATS)[number];

/** Writes the text to stdout, waiting for it to drain (large outputs piped to `head` etc.). */
export async function print(text: string): Promise<void> {
  if (!process.stdout.write(text)) await new Promise((r) => process.stdout.once("drain", r));
}
