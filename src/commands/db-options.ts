/** Helpers shared by the database commands (export, query, speakers). */
import { DbInputError } from "../db/errors.ts";
import { UsageError } from "./usage.ts";

/**
 * The modules that load better-sqlite3's native binding, imported only when a database command
 * runs: a binding that fails to load (another Node ABI) then never breaks `verbatim extract`.
 */
export async function loadDb(name: "build"): Promise<typeof import("../db/build.ts")>;
export async function loadDb(name: "open"): Promise<typeof import("../db/open.ts")>;
export async function loadDb(name: "build" | "open"): Promise<unknown> {
  return name === "build" ? import("../db/build.ts") : import("../db/open.ts");
}

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

/** The width tables fit into: the terminal's, else $COLUMNS, else 100. */
export function terminalWidth(): number {
  const cols = process.stdout.columns;
  if (typeof cols === "number" && cols > 0) return cols;
  const env = Number(process.env.COLUMNS);
  return Number.isInteger(env) && env > 0 ? env : 100;
}

export const FORMATS = ["table", "json", "csv"] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Stdout for results that may be long: waits when the pipe is full, and stops quietly when the
 * reader goes away (`verbatim query … | head`) instead of crashing on EPIPE.
 */
class Stdout {
  private closed = false;
  private readonly gone: Promise<void>;
  constructor() {
    this.gone = new Promise((resolve) => {
      process.stdout.on("error", (err: NodeJS.ErrnoException) => {
        if (err.code !== "EPIPE") throw err;
        this.closed = true;
        resolve();
      });
    });
  }

  /** False once the reader has gone: the caller can stop producing. */
  get open(): boolean {
    return !this.closed;
  }

  async write(text: string): Promise<void> {
    if (this.closed || process.stdout.write(text)) return;
    await Promise.race([new Promise((r) => process.stdout.once("drain", r)), this.gone]);
  }
}

let stdout: Stdout | undefined;
export const out = (): Stdout => (stdout ??= new Stdout());

/** Writes the pieces to stdout in blocks of about 64 kB; stops early when the reader has gone. */
export async function printAll(chunks: Iterable<string>): Promise<void> {
  const o = out();
  let block = "";
  for (const chunk of chunks) {
    block += chunk;
    if (block.length < 65_536) continue;
    await o.write(block);
    block = "";
    if (!o.open) return;
  }
  await o.write(block);
}

/** Writes the text to stdout (see Stdout). */
export async function print(text: string): Promise<void> {
  await out().write(text);
}
