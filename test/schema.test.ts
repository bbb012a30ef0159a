import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import {
  ArticleSchema,
  ErrorRecordSchema,
  EXPORTED_SCHEMAS,
  jsonSchemas,
  QuoteSchema,
  SpeakersFileSchema,
} from "../src/schema.ts";
import { processText } from "../src/index.ts";
import { quoteLines } from "../src/record.ts";

const ARTICLE = [
  "Le maire de Lyon défend son budget",
  "« Nous tiendrons nos engagements », a déclaré jeudi M. Paul Mercier, le maire de Lyon, devant le conseil municipal.",
  "Il a ajouté que la dette serait réduite de 3,5 % d'ici 2027.",
  "Source : https://www.exemple.fr/lyon-budget",
].join("\n");

type JsonSchema = { $schema?: string; type?: string; required?: string[]; items?: JsonSchema; properties?: Record<string, JsonSchema> };

// The minimum of ../shared/spec/output.md: these fields may never be renamed or dropped.
const CONTRACT: Record<string, string[]> = {
  article: ["id", "path", "sha256", "text", "title", "source", "language", "paragraphs", "cleanText", "topics", "quotes", "speakers"],
  quote: ["id", "article", "text", "start", "end", "type", "language", "speaker", "cue", "topics", "confidence", "paragraph", "sentence"],
  speakers: ["id", "name", "aliases", "kind", "roles", "quoteCount", "articles"],
  error: ["path", "error", "message"],
  summary: ["tool", "version", "schemaVersion", "counts", "timings", "options"],
};

describe("exported JSON Schemas", () => {
  const schemas = jsonSchemas() as Record<string, JsonSchema>;

  it("exports one draft 2020-12 schema per output file", () => {
    expect(Object.keys(schemas).sort()).toEqual(Object.keys(EXPORTED_SCHEMAS).sort());
    for (const s of Object.values(schemas)) {
      expect(s.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(["object", "array"]).toContain(s.type);
    }
    expect(() => JSON.parse(JSON.stringify(schemas))).not.toThrow();
  });

  it.each(Object.entries(CONTRACT))("%s requires every field of the output contract", (name, fields) => {
    const s = schemas[name];
    const required = (s.type === "array" ? s.items?.required : s.required) ?? [];
    expect(required).toEqual(expect.arrayContaining(fields));
  });

  it("validates a real article once read back by another JSON Schema reader (zod's)", () => {
    const article = processText(ARTICLE, { id: "lyon.txt" });
    const fromJson = z.fromJSONSchema(schemas.article as Parameters<typeof z.fromJSONSchema>[0]);
    expect(fromJson.safeParse(JSON.parse(JSON.stringify(article))).success).toBe(true);
    expect(fromJson.safeParse({ ...article, text: 42 }).success).toBe(false);
    const { language: _dropped, ...withoutLanguage } = article;
    expect(fromJson.safeParse(withoutLanguage).success).toBe(false);
  });
});

describe("zod schemas", () => {
  const article = processText(ARTICLE, { id: "lyon.txt" });

  it("accept what the pipeline writes", () => {
    expect(ArticleSchema.safeParse(article).error?.issues).toBeUndefined();
    for (const q of quoteLines(article)) expect(QuoteSchema.safeParse(q).error?.issues).toBeUndefined();
  });

  it("keep every span inside the article text", () => {
    for (const p of article.paragraphs) expect(p.end).toBeLessThanOrEqual(article.text.length);
    for (const q of article.quotes) expect(article.text.slice(q.start, q.end)).toBe(q.text);
  });

  it.each([
    ["an unknown error code", { path: "a.txt", error: "bad", message: "x" }],
    ["a missing message", { path: "a.txt", error: "binary" }],
  ])("reject an error record with %s", (_name, record) => {
    expect(ErrorRecordSchema.safeParse(record).success).toBe(false);
  });

  it("reject a negative offset and a speaker index entry without articles", () => {
    expect(ArticleSchema.safeParse({ ...article, paragraphs: [{ ...article.paragraphs[0], start: -1 }] }).success).toBe(false);
    const speaker = { id: "paul-mercier", name: "Paul Mercier", aliases: [], kind: "person", roles: [], quoteCount: 1 };
    expect(SpeakersFileSchema.safeParse([speaker]).success).toBe(false);
    expect(SpeakersFileSchema.safeParse([{ ...speaker, articles: ["lyon.txt"] }]).success).toBe(true);
  });
});

describe("the corpus", () => {
  const dir = resolve(import.meta.dirname, "..", "corpus");
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt") || f.endsWith(".md"));

  it("holds the seed and articles in both languages", () => {
    expect(files).toContain("000_753db324fa68a1af.txt");
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)("%s gives a valid record whose spans all map into its text", (file) => {
    const article = processText(readFileSync(join(dir, file), "utf8"), { id: file });
    expect(ArticleSchema.safeParse(article).error?.issues).toBeUndefined();
    expect(article.paragraphs.length).toBeGreaterThan(0);
    let last = 0;
    for (const p of article.paragraphs) {
      expect(p.start).toBeGreaterThanOrEqual(last);
      expect(article.text.slice(p.start, p.end).trim()).toBe(article.text.slice(p.start, p.end));
      last = p.end;
    }
    for (const q of article.quotes) {
      expect(q.end).toBeLessThanOrEqual(article.text.length);
      if (q.speaker?.mentionStart != null && q.speaker.mentionEnd != null)
        expect(article.text.slice(q.speaker.mentionStart, q.speaker.mentionEnd)).toBe(q.speaker.mention);
      if (q.cue) expect(article.text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    }
  });
});
