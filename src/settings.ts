/**
 * Every threshold and limit, named, with its default, validated by zod.
 * Stages read them from ctx.settings; the CLI maps its options onto them.
 */
import { z } from "zod";

export const SettingsSchema = z
  .object({
    /** inputs larger than this many bytes are reported as "too-large" */
    maxBytes: z.number().int().positive().default(5_000_000),
    /** below this confidence the article language is "und" */
    languageMinConfidence: z.number().min(0).max(1).default(0.3),
    /** a span shorter than this many letters inherits the language of its paragraph */
    languageMinLetters: z.number().int().nonnegative().default(12),
    /** a paragraph (or span) departs from the language around it only with at least this confidence */
    languageSwitchConfidence: z.number().min(0).max(1).default(0.7),
    /** boilerplate paragraphs need at least this score */
    boilerplateThreshold: z.number().min(0).max(1).default(0.5),
    /** a line found in at least this many articles of one folder is template text (boilerplate repetition) */
    boilerplateRepeatMinArticles: z.number().int().min(2).default(2),
    /** a heading (a line titling the next section) has at most this many words */
    headingMaxWords: z.number().int().positive().default(20),
    /** an article topic needs at least this score */
    topicThreshold: z.number().min(0).max(1).default(0.3),
  })
  .strict();

export type Settings = z.infer<typeof SettingsSchema>;

export const defaultSettings = (): Settings => SettingsSchema.parse({});
