/**
 * A topic taxonomy: the shape of a `--topics FILE.json` (validated by zod), the default
 * taxonomy assembled from the lexicons, and the loader that turns a bad file into a usage
 * error naming the field and the problem.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { UsageError } from "../commands/usage.ts";
import { LEXICONS } from "../lexicons/index.ts";
import { TOPIC_IDS, topicDefinitions } from "../lexicons/topics.ts";
import { compileTaxonomy } from "./matcher.ts";

const LanguageCode = z.string().regex(/^[a-z]{2,3}$/, 'language keys are ISO 639 codes such as "fr" or "en"');
const Term = z.string().trim().min(1, "a term cannot be empty");
const TermsByLanguage = z.record(LanguageCode, z.array(Term));

export const TaxonomyTopicSchema = z
  .object({
    /** stable id written in the output, e.g. "energy" */
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, "ids are lower-case letters, digits, - and _ (e.g. \"supply-chain\")"),
    /** display names by language */
    label: z.record(LanguageCode, z.string()).optional(),
    definition: z.string().optional(),
    /** words and phrases that tell the topic, by language; "=word" matches that exact form only */
    terms: TermsByLanguage,
    /** words that hint at the topic: half weight */
    weak: TermsByLanguage.optional(),
    /** phrases that hide the topic words inside them ("privacy policy") */
    cancel: TermsByLanguage.optional(),
  })
  .strict();

export const TaxonomySchema = z
  .object({ topics: z.array(TaxonomyTopicSchema).min(1, "list at least one topic") })
  .strict()
  .superRefine((tax, ctx) => {
    const seen = new Set<string>();
    tax.topics.forEach((t, i) => {
      if (seen.has(t.id)) ctx.addIssue({ code: "custom", path: ["topics", i, "id"], message: `"${t.id}" is used twice` });
      seen.add(t.id);
    });
  });

export type Taxonomy = z.infer<typeof TaxonomySchema>;
export type TaxonomyTopic = z.infer<typeof TaxonomyTopicSchema>;

/** The built-in taxonomy: ids and definitions from lexicons/topics.ts, words from each language's lexicon. */
let builtDefault: Taxonomy | null = null;

/**
 * The default taxonomy, built once: its compiled matcher is cached per taxonomy object, so a new
 * object for every context would stem every term again for each processText() call. The matcher
 * is compiled here, when the context is made (once per process or worker, like the lexicons and
 * eld's table), rather than by the first article read: ~60 ms of stemming every term and loading
 * the stemmers.
 */
export function defaultTaxonomy(): Taxonomy {
  if (!builtDefault) {
    builtDefault = buildDefaultTaxonomy();
    compileTaxonomy(builtDefault);
  }
  return builtDefault;
}

function buildDefaultTaxonomy(): Taxonomy {
  const langs = Object.values(LEXICONS);
  const byLang = (pick: (code: string) => readonly string[]) =>
    Object.fromEntries(langs.map((l) => [l.code, [...pick(l.code)]]));
  return {
    topics: TOPIC_IDS.map((id) => ({
      id,
      label: Object.fromEntries(langs.map((l) => [l.code, l.topics.topics[id].label])),
      definition: topicDefinitions[id],
      terms: byLang((c) => LEXICONS[c].topics.topics[id].terms),
      weak: byLang((c) => LEXICONS[c].topics.topics[id].weak),
      cancel: byLang((c) => LEXICONS[c].topics.topics[id].cancel),
    })),
  };
}

/** "topics[2].terms.fr[0]" from a zod issue path */
function fieldName(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || "(the whole file)";
}

/** Checks a parsed JSON value; throws a UsageError that names each bad field. */
export function parseTaxonomy(value: unknown, source: string): Taxonomy {
  const result = TaxonomySchema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 5).map((i) => `  ${fieldName(i.path)}: ${i.message}`);
  const more = result.error.issues.length > 5 ? `\n  … and ${result.error.issues.length - 5} more` : "";
  throw new UsageError(
    `--topics ${source} is not a valid taxonomy:\n${problems.join("\n")}${more}\n` +
      'Expected {"topics": [{"id": "energy", "terms": {"en": ["electricity", "power grid"]}}]} (see README, "Topics").',
  );
}

/** Reads and validates a taxonomy file; every problem is a UsageError (exit 2). */
export function loadTaxonomyFile(path: string): Taxonomy {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (err) {
    throw new UsageError(`--topics ${path}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    throw new UsageError(`--topics ${path} is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const taxonomy = parseTaxonomy(value, path);
  compileTaxonomy(taxonomy); // now, as the default one (see defaultTaxonomy)
  return taxonomy;
}
