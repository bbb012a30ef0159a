/**
 * The `verbatim` command line. Each command lives in src/commands/; this file only routes.
 * Exit codes: 0 all inputs processed, 1 some inputs failed (or a bug), 2 usage error.
 */
import { UsageError } from "./commands/usage.ts";
import { extractCommand } from "./commands/extract.ts";
import { mergeCommand } from "./commands/merge.ts";
import { exportCommand } from "./commands/export.ts";
import { queryCommand } from "./commands/query.ts";
import { speakersCommand } from "./commands/speakers.ts";
import { cleanCommand } from "./commands/clean.ts";
import { lineStatsCommand } from "./commands/line-stats.ts";

export interface Command {
  name: string;
  summary: string;
  help: string;
  run(args: string[]): Promise<number>;
}

export const COMMANDS: Command[] = [extractCommand, mergeCommand, exportCommand, queryCommand, speakersCommand, cleanCommand, lineStatsCommand];

const mainHelp = () => `verbatim: who said what in news articles (French and English)

Usage: verbatim <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join("\n")}

Run "verbatim <command> --help" for a command's options. Add --debug to any command for stack traces.
`;

export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes("--debug");
  const args = argv.filter((a) => a !== "--debug");
  const [name, ...rest] = args;
  guardProcess(name ?? "", debug);
  if (!name) {
    process.stderr.write(mainHelp()); // no command: a usage error, so the help goes to stderr
    return 2;
  }
  if (name === "help" && COMMANDS.some((c) => c.name === rest[0])) return main([rest[0], "--help"]);
  if (name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(mainHelp());
    return 0;
  }
  if (name === "--version") {
    process.stdout.write(`${(await import("./version.ts")).VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`verbatim: unknown command "${name}" (the commands are ${COMMANDS.map((c) => c.name).join(", ")})\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(command.help);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`verbatim ${name}: ${err.message}\nRun "verbatim ${name} --help" for usage.\n`);
      return 2;
    }
    process.stderr.write(`verbatim ${name}: ${describe(err, debug)}\n${debug ? "" : "(run again with --debug for the stack trace)\n"}`);
    return 1;
  }
}

/** Describes an error in one line, or with its stack under --debug. */
function describe(err: unknown, debug: boolean): string {
  return err instanceof Error ? (debug ? (err.stack ?? err.message) : err.message) : String(err);
}

let guarded = false;

/**
 * Process-wide safety nets: a reader that goes away (`verbatim extract - --out - | head -1`)
 * ends the run quietly instead of crashing on EPIPE, and an error thrown outside a command's
 * promise is reported like any other bug (one line, exit 1) rather than as a raw stack trace.
 */
function guardProcess(name: string, debug: boolean): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
  const crash = (err: unknown) => {
    process.stderr.write(`verbatim ${name}: ${describe(err, debug)}\n${debug ? "" : "(run again with --debug for the stack trace)\n"}`);
    process.exit(1);
  };
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);
}
