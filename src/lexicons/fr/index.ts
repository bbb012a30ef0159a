// Everything Verbatim knows about this language, assembled from one file per kind.
import type { Lexicon } from "../types.ts";
import { abbreviations } from "./abbreviations.ts";
import { stopwords } from "./stopwords.ts";

export const fr = {
  code: "fr",
  segmentation: { abbreviations },
  stopwords,
} satisfies Lexicon;
