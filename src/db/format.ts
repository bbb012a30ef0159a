/**
 * Printing query results: a table that fits the terminal, JSON, or CSV (RFC 4180).
 * Widths count code points; text is put on one line (runs of whitespace become one space).
 */

export interface Column<Row> {
  header: string;
  value: (row: Row) => string;
  /** the widest this column may be; the column marked `fill` takes whatever width is left */
  max?: number;
  fill?: boolean;
  /** cut from the start ("…/2024/article.txt") rather than the end */
  keepEnd?: boolean;
}

export const DEFAULT_WIDTH = 100;
const GAP = "  ";
const MIN_FILL = 12;

/** Rows as an aligned text table no wider than `width` (the fill column is cut with "…"). */
export function formatTable<Row>(rows: Row[], columns: Column<Row>[], width = DEFAULT_WIDTH): string {
  const cells = rows.map((r) => columns.map((c) => oneLine(c.value(r))));
  const natural = columns.map((c, i) => Math.max(len(c.header), ...cells.map((row) => len(row[i]))));
  const widths = columns.map((c, i) => (c.fill ? natural[i] : Math.min(natural[i], c.max ?? Infinity)));
  const fillAt = columns.findIndex((c) => c.fill);
  if (fillAt >= 0) {
    const others = widths.reduce((sum, w, i) => (i === fillAt ? sum : sum + w), 0) + GAP.length * (columns.length - 1);
    widths[fillAt] = Math.max(MIN_FILL, Math.min(natural[fillAt], width - others));
  }
  const fit = (v: string, i: number) => (columns[i].keepEnd ? cutStart(v, widths[i]) : cut(v, widths[i]));
  const line = (values: string[]) =>
    values
      .map((v, i) => (i === values.length - 1 ? fit(v, i) : pad(fit(v, i), widths[i])))
      .join(GAP)
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join("\n") + "\n";
}

/** Rows as CSV with a header line; fields quoted when they hold a comma, quote or line break. */
export function formatCsv<Row>(rows: Iterable<Row>, columns: Column<Row>[]): string {
  return [...csvChunks(rows, columns)].join("");
}

/** formatCsv one line at a time ("\r\n"-terminated), for streaming. */
export function* csvChunks<Row>(rows: Iterable<Row>, columns: Column<Row>[]): Generator<string> {
  const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  yield columns.map((c) => field(c.header)).join(",") + "\r\n";
  for (const r of rows) yield columns.map((c) => field(c.value(r))).join(",") + "\r\n";
}

/** A JSON array, one element per line, so it is both valid JSON and easy to grep. */
export function formatJson(rows: Iterable<unknown>): string {
  return [...jsonChunks(rows)].join("");
}

/** formatJson in pieces, for streaming. */
export function* jsonChunks(rows: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const r of rows) {
    yield (first ? "[\n" : ",\n") + JSON.stringify(r);
    first = false;
  }
  yield first ? "[]\n" : "\n]\n";
}

/** Text cut to `width` code points, ending in "…" when it was longer. */
export function cut(s: string, width: number): string {
  const chars = Array.from(s);
  if (chars.length <= width) return s;
  return width <= 0 ? "" : chars.slice(0, width - 1).join("") + "…";
}

/** Text cut to its last `width` code points, starting with "…" when it was longer. */
export function cutStart(s: string, width: number): string {
  const chars = Array.from(s);
  if (chars.length <= width) return s;
  return width <= 0 ? "" : "…" + chars.slice(chars.length - width + 1).join("");
}

function pad(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - len(s)));
}

function len(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
