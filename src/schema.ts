/**
 * The zod schemas of everything Verbatim writes: the single source of truth for the output
 * contract (../shared/spec/output.md is its minimum). Types are inferred from them; the writer
 * exports them as JSON Schema into DIR/schema/.
 */
import { z } from "zod";
import { BOILERPLATE_LABELS } from "./doc.ts";

/** Bump on any rename or removal of a field; additions keep the version. */
export const SCHEMA_VERSION = "1.0.0";

const offset = z.number().int().nonnegative();

export const LanguageSchema = z.object({
  code: z.string().describe('ISO 639-1, or "und" when undecidable'),
  confidence: z.number().min(0).max(1),
});

export const BoilerplateSchema = z.object({
  label: z.enum(BOILERPLATE_LABELS),
  score: z.number().min(0).max(1),
  reasons: z.array(z.string()).describe("ids of the rules that fired"),
});

export const ParagraphSchema = z.object({
  start: offset,
  end: offset,
  kind: z.enum(["body", "heading", "boilerplate"]),
  language: z.string(),
  boilerplate: BoilerplateSchema.nullable(),
});

export const TopicSchema = z.object({
  id: z.string(),
  score: z.number().min(0),
  evidence: z.array(z.string()).describe("surface forms matched in the text"),
});

export const SpeakerKindSchema = z.enum(["person", "organization", "group", "unknown"]);

export const QuoteSpeakerSchema = z.object({
  name: z.string().describe("canonical: the fullest name or description in the article"),
  mention: z.string().describe("the words that point at the speaker near this quote"),
  mentionStart: offset.nullable(),
  mentionEnd: offset.nullable(),
  kind: SpeakerKindSchema,
  role: z.string().nullable(),
  resolution: z.enum(["explicit", "alias", "pronoun", "nominal", "continuation"]),
});

export const CueSchema = z.object({
  text: z.string(),
  lemma: z.string(),
  start: offset,
  end: offset,
});

const quoteFields = {
  id: z.string().describe('"ARTICLE_ID#qN"'),
  text: z.string().describe("content only: no quote marks, no cue"),
  start: offset,
  end: offset,
  type: z.enum(["direct", "indirect", "mixed"]),
  language: z.string().describe("of the quote itself"),
  speaker: QuoteSpeakerSchema.nullable(),
  cue: CueSchema.nullable(),
  topics: z.array(z.string()),
  confidence: z.number().min(0).max(1),
  paragraph: z.number().int().nonnegative(),
  sentence: z.number().int().nonnegative(),
};

/** A quote inside its article record (no `article` field). */
export const ArticleQuoteSchema = z.object(quoteFields);
/** A line of quotes.jsonl. */
export const QuoteSchema = z.object({ ...quoteFields, article: z.string() });

export const ArticleSpeakerSchema = z.object({
  id: z.string().describe("stable slug of the canonical name"),
  name: z.string(),
  aliases: z.array(z.string()),
  kind: SpeakerKindSchema,
  roles: z.array(z.string()),
  quoteCount: z.number().int().nonnegative(),
});

/** An entry of speakers.json: an article speaker merged across the run. */
export const SpeakerSchema = ArticleSpeakerSchema.extend({ articles: z.array(z.string()) });
export const SpeakersFileSchema = z.array(SpeakerSchema);

export const MessageSchema = z.object({
  level: z.enum(["info", "warning"]),
  code: z.string(),
  text: z.string(),
  start: offset.optional(),
  end: offset.optional(),
});

export const ArticleSchema = z.object({
  id: z.string(),
  path: z.string(),
  sha256: z.string(),
  encoding: z
    .string()
    .describe(
      '"utf-8"; "windows-1252" when the bytes were not valid UTF-8; "utf-8+windows-1252" when UTF-8 text held stray Windows-1252 bytes; "utf-16le"/"utf-16be" with a byte order mark',
    ),
  text: z.string().describe("decoded input: BOM removed, line endings normalised to \\n; for .md, front matter and inline markup removed; for .html, the extracted main text"),
  title: z.string().nullable(),
  source: z.string().nullable(),
  meta: z.record(z.string(), z.string()).describe("format metadata: author, date, canonical URL"),
  language: LanguageSchema,
  paragraphs: z.array(ParagraphSchema),
  cleanText: z.string().describe('body and heading paragraphs, joined by "\\n"'),
  topics: z.array(TopicSchema),
  quotes: z.array(ArticleQuoteSchema),
  speakers: z.array(ArticleSpeakerSchema),
  messages: z.array(MessageSchema),
});

export const ERROR_CODES = ["not-utf8", "binary", "empty", "too-large", "unreadable", "internal"] as const;
export const ErrorRecordSchema = z.object({
  path: z.string(),
  error: z.enum(ERROR_CODES),
  message: z.string().describe("what went wrong and what to do about it"),
});

export const SummarySchema = z.object({
  tool: z.literal("verbatim"),
  version: z.string(),
  schemaVersion: z.string(),
  inputs: z.array(z.string()),
  options: z.record(z.string(), z.unknown()),
  counts: z.object({
    inputs: z.number().int().nonnegative(),
    articles: z.number().int().nonnegative(),
    errors: z.number().int().nonnegative(),
    quotes: z.number().int().nonnegative(),
    speakers: z.number().int().nonnegative(),
    paragraphs: z.number().int().nonnegative(),
    boilerplateParagraphs: z.number().int().nonnegative(),
    characters: z.number().int().nonnegative(),
  }),
  languages: z.record(z.string(), z.number().int().nonnegative()),
  timings: z.object({
    totalMs: z.number().nonnegative(),
    stagesMs: z.record(z.string(), z.number().nonnegative()),
  }),
});

export type ArticleRecord = z.infer<typeof ArticleSchema>;
export type QuoteRecord = z.infer<typeof QuoteSchema>;
export type ArticleQuoteRecord = z.infer<typeof ArticleQuoteSchema>;
export type ArticleSpeakerRecord = z.infer<typeof ArticleSpeakerSchema>;
export type SpeakerRecord = z.infer<typeof SpeakerSchema>;
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
export type ErrorCode = (typeof ERROR_CODES)[number];
export type Summary = z.infer<typeof SummarySchema>;

/** Every schema written to DIR/schema/NAME.json. */
export const EXPORTED_SCHEMAS = {
  article: ArticleSchema,
  quote: QuoteSchema,
  speakers: SpeakersFileSchema,
  summary: SummarySchema,
  error: ErrorRecordSchema,
} as const;

export function jsonSchemas(): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(EXPORTED_SCHEMAS).map(([name, schema]) => [name, z.toJSONSchema(schema, { target: "draft-2020-12" })]),
  );
}
