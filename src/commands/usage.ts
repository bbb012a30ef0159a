/** Option parsing shared by the commands: errors that mean "you called it wrong" (exit 2). */
import { parseArgs, type ParseArgsConfig } from "node:util";

export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node:util parseArgs, with its errors turned into UsageError. */
export function parse<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(parseErrorMessage(err));
  }
}

/** parseArgs' messages, made one sentence that names the option ("--out needs a value"). */
function parseErrorMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: string }).code;
  const option = /'(-[^' ]+)/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) return `unknown option ${option}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option)
    return /does not take/.test(message) ? `${option} takes no value` : `${option} needs a value`;
  return message;
}

/** Parses a whole positive number option, or throws a UsageError naming it. */
export function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} takes a whole number above 0, not "${value}"`);
  return n;
}

/** Throws the UsageError "OPTION is required" ("--out DIR is required") when the option is missing. */
export function requireOption(value: string | undefined, option: string): asserts value is string {
  if (!value) throw new UsageError(`${option} is required`);
}

/** Throws "give at least one INPUT KINDS" when a command got no positional input. */
export function requireInputs(positionals: string[], kinds: string): void {
  if (positionals.length === 0) throw new UsageError(`give at least one INPUT ${kinds}`);
}
