/**
 * Markdown articles (.md), as scrapers and note tools save them: an optional front matter block
 * (`---` lines around `key: value` pairs) gives the title, source URL and metadata, and inline
 * markup is taken off each line so that quotes and names read as in the article. Like plain text,
 * one line is one paragraph; the Doc's text is the cleaned text (offsets refer to it).
 */

export interface MarkdownArticle {
  /** body text, one paragraph per line, markup removed */
  text: string;
  title: string | null;
  source: string | null;
  meta: Record<string, string>;
}

/** front matter keys that name the article's address */
const SOURCE_KEYS = new Set(["url", "source", "canonical", "canonical_url", "link", "permalink"]);
/** front matter keys kept as metadata, under the name the HTML reader uses */
const META_KEYS: Record<string, string> = {
  author: "author",
  authors: "author",
  byline: "author",
  date: "date",
  published: "date",
  published_at: "date",
  publishedtime: "date",
  site: "site",
  site_name: "site",
  sitename: "site",
  description: "description",
  summary: "description",
};

export function extractMarkdown(raw: string): MarkdownArticle {
  const { fields, body } = splitFrontMatter(raw);
  const lines = body.split("\n");
  const firstLine = lines.findIndex((l) => l.trim() !== "");
  const first = firstLine >= 0 ? HEADING.exec(lines[firstLine]!) : null;
  const h1 = first?.[1] === "#" ? first[2] : undefined;
  const meta: Record<string, string> = {};
  let source: string | null = null;
  for (const [key, value] of fields) {
    if (SOURCE_KEYS.has(key)) source ??= value;
    else if (META_KEYS[key]) meta[META_KEYS[key]] ??= value;
  }
  const title = fields.get("title") ?? (h1 ? stripInline(h1) : null);
  const text = lines
    .filter((l) => !isRule(l))
    .map(stripLine)
    .join("\n");
  return { text, title: title || null, source, meta };
}

/** `---` on the first line, `key: value` lines, then `---` (or `...`): the YAML front matter. */
function splitFrontMatter(raw: string): { fields: Map<string, string>; body: string } {
  const fields = new Map<string, string>();
  if (!/^---[ \t]*\n/.test(raw)) return { fields, body: raw };
  const close = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(raw.slice(3));
  if (!close) return { fields, body: raw };
  const block = raw.slice(3, 3 + close.index);
  for (const line of block.split("\n")) {
    const m = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (!m) continue;
    const value = unquote(m[2]!.trim());
    if (value) fields.set(m[1]!.toLowerCase().replace(/-/g, "_"), value);
  }
  return { fields, body: raw.slice(3 + close.index + close[0].length) };
}

const unquote = (v: string): string => (/^(["']).*\1$/.test(v) ? v.slice(1, -1) : v);

/** `---`, `***`, `___` alone on a line: a thematic break, not text. */
const isRule = (line: string): boolean => /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line);

/** An ATX heading: its marks, then its text without the optional closing #s. */
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

/** Block markers at the start of a line (heading #, quote >, list bullet or number), then inline markup. */
function stripLine(line: string): string {
  const heading = HEADING.exec(line);
  const body = heading
    ? heading[2]!
    : line.replace(/^ {0,3}(?:>[ \t]?)+/, "").replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/, "");
  return stripInline(body);
}

/**
 * Images go, links keep their text, emphasis and code marks go; the words stay. Each bracketed
 * part excludes its own opening mark, so a line of "[[[[" or "](](" is scanned once, not once per mark.
 */
export function stripInline(s: string): string {
  return s
    .replace(/!\[([^[\]\n]*)\]\([^()\n]*\)/g, "")
    .replace(/\[([^[\]\n]*)\]\([^()\n]*\)/g, "$1")
    .replace(/\[([^[\]\n]*)\]\[[^[\]\n]*\]/g, "$1")
    .replace(/(\*\*|__)(?=\S)([^*_\n]*?\S)\1/g, "$2")
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, "$1$2")
    .replace(/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, "$1$2")
    .replace(/`([^`\n]*)`/g, "$1")
    .trim();
}
