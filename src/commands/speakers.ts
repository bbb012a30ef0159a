/** `verbatim speakers DIR_OR_DB [--min-quotes N]`: the speaker index as a table. */
import type { Command } from "../cli.ts";
import { listSpeakers, type SpeakerRow } from "../db/speakers.ts";
import { formatCsv, formatJson, formatTable, type Column } from "../db/format.ts";
import { parse, UsageError } from "./usage.ts";
import { asUsage, choice, FORMATS, nonNegativeInt, print, terminalWidth, loadDb } from "./db-options.ts";

const HELP = `Usage: verbatim speakers DIR_OR_DB [--min-quotes N] [--format table|json|csv]

Prints the speaker index: name, kind, roles, number of quotes, number of articles, most
quoted first. DIR_OR_DB is an output folder of "verbatim extract" or a file written by
"verbatim export".

Options:
  --min-quotes N     only speakers with at least N quotes (default 0: all)
  --format FORMAT    table (default; fits the terminal width), json or csv
  -h, --help         this help

Exit codes: 0 done, 1 internal error, 2 usage error (bad option, not a Verbatim output or
database, database of another schema version).
`;

const OPTIONS = {
  "min-quotes": { type: "string" },
  format: { type: "string", default: "table" },
} as const;

export const speakersCommand: Command = {
  name: "speakers",
  summary: "list the speaker index (name, kind, roles, quotes, articles)",
  help: HELP,
  async run(args) {
    const { values, positionals } = parse(args, OPTIONS);
    if (positionals.length !== 1) throw new UsageError("give exactly one output folder or .db file");
    const format = choice(values.format, "format", FORMATS) ?? "table";
    const minQuotes = nonNegativeInt(values["min-quotes"], "min-quotes", 0);
    const rows = await asUsage(async () => {
      const db = await (await loadDb("open")).openSource(positionals[0]);
      try {
        return listSpeakers(db, minQuotes);
      } finally {
        db.close();
      }
    });
    await print(renderSpeakers(rows, format));
    return 0;
  },
};

const columns = (width: number): Column<SpeakerRow>[] => [
  { header: "name", value: (s) => s.name, max: Math.max(12, Math.floor(width * 0.3)) },
  { header: "kind", value: (s) => s.kind },
  { header: "roles", value: (s) => s.roles.join("; ") || "—", fill: true },
  { header: "quotes", value: (s) => String(s.quotes) },
  { header: "articles", value: (s) => String(s.articles) },
];

const CSV_COLUMNS: Column<SpeakerRow>[] = [
  { header: "id", value: (s) => s.id },
  { header: "name", value: (s) => s.name },
  { header: "kind", value: (s) => s.kind },
  { header: "roles", value: (s) => s.roles.join(";") },
  { header: "aliases", value: (s) => s.aliases.join(";") },
  { header: "quotes", value: (s) => String(s.quotes) },
  { header: "articles", value: (s) => String(s.articles) },
];

export function renderSpeakers(rows: SpeakerRow[], format: (typeof FORMATS)[number], width = terminalWidth()): string {
  if (format === "json") return formatJson(rows);
  if (format === "csv") return formatCsv(rows, CSV_COLUMNS);
  if (!rows.length) return "(no speakers)\n";
  return formatTable(rows, columns(width), width) + `(${rows.length} speaker${rows.length === 1 ? "" : "s"})\n`;
}
