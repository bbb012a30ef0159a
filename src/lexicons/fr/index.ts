// Everything Verbatim knows about this language, assembled from one file per kind.
import type { Lexicon } from "../types.ts";
import { abbreviations, titles } from "./abbreviations.ts";
import { stopwords } from "./stopwords.ts";
import { boilerplate } from "./boilerplate.ts";
import { topics } from "./topics.ts";

export const fr = {
  code: "fr",
  segmentation: { abbreviations, titles },
  stopwords,
  boilerplate,
  topics,
} satisfies Lexicon;
