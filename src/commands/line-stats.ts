/**
 * `verbatim line-stats INPUT... --out FILE`: the first pass of boilerplate repetition on its own.
 * Counts, per folder, in how many articles each line occurs, and writes the counts as JSON for
 * `extract --line-stats FILE` (streaming and sharded runs) and `clean --line-stats FILE`.
 */
import { writeFile } from "node:fs/promises";
import type { Command } from "../cli.ts";
import { parse, positiveInt, UsageError, requireOption, requireInputs } from "./usage.ts";
import { mergeLineStats, parseLineStats, pruneLineStats } from "../boilerplate/repetition.ts";
import { readFile } from "node:fs/promises";

const HELP = `Usage: verbatim line-stats INPUT... --out FILE [options]
       verbatim line-stats --merge FILE... --out FILE

Reads the articles under each INPUT (the ids are paths relative to the INPUT folder, as extract
sees them) and writes FILE: for each folder, the number of articles and, for each line found in
at least two of them, in how many (lines as 64-bit hashes of their folded text). Give FILE to
every worker or shard of a run ("verbatim extract - --out - --line-stats FILE") so they all flag
the same repeated lines as one run over the whole corpus would.

Options:
  --out FILE          where to write the statistics (required; "-" for stdout)
  --keep-singletons   keep lines seen once (for --merge of statistics made on disjoint parts)
  --merge             the INPUTs are statistics files (made with --keep-singletons): add them up
  --max-bytes N       inputs larger than N bytes are skipped (default 5000000)
  -h, --help          this help
`;

const OPTIONS = {
  out: { type: "string" },
  "keep-singletons": { type: "boolean", default: false },
  merge: { type: "boolean", default: false },
  "max-bytes": { type: "string" },
} as const;

export const lineStatsCommand: Command = {
  name: "line-stats",
  summary: "count repeated lines per folder (first pass of boilerplate repetition)",
  help: HELP,
  async run(args) {
    const { values, positionals } = parse(args, OPTIONS);
    requireOption(values.out, "--out FILE");
    requireInputs(positionals, "file or folder");
    const keep = values["keep-singletons"] ?? false;
    let stats;
    if (values.merge) {
      const parts = await Promise.all(positionals.map(async (p) => parseLineStats(JSON.parse(await readFile(p, "utf8")), p)));
      const merged = mergeLineStats(parts);
      stats = keep ? merged : pruneLineStats(merged);
    } else {
      const maxBytes = positiveInt(values["max-bytes"], "max-bytes", 5_000_000);
      // loaded on use (it reads HTML with linkedom): the CLI loads every command's module
      const { lineStatsOfInputs } = await import("../boilerplate/first-pass.ts");
      stats = await lineStatsOfInputs(positionals, maxBytes, { keepSingletons: keep });
    }
    const json = JSON.stringify(stats) + "\n";
    if (values.out === "-") process.stdout.write(json);
    else await writeFile(values.out, json);
    return 0;
  },
};
