// Everything Verbatim knows about this language, assembled from one file per kind.
import type { Lexicon } from "../types.ts";
import { quotes } from "./cues.ts";
import { abbreviations, titles } from "./abbreviations.ts";
import { stopwords } from "./stopwords.ts";
import { honorifics, roleNouns, roleModifiers, roleComplementLinks, adjectiveEndings } from "./titles.ts";
import { pronouns } from "./pronouns.ts";
import { firstNames } from "./first-names.ts";
import { groupWords } from "./groups.ts";
import { organizationNouns } from "./organizations.ts";
import { nameParticles, notNames, adverbEndings, openerEndings, definiteDeterminers, indefiniteDeterminers, personalPossessives, relativePronouns, prepositions } from "./names.ts";
import { boilerplate } from "./boilerplate.ts";
import { topics } from "./topics.ts";

export const en = {
  code: "en",
  segmentation: { abbreviations, titles },
  stopwords,
  // definite articles of en grammar
  speakerIdArticles: ["the"],
  speakers: {
    honorifics, roleNouns, roleModifiers, roleComplementLinks, adjectiveEndings, pronouns, firstNames, groupWords, organizationNouns,
    nameParticles, notNames, adverbEndings, openerEndings, definiteDeterminers, indefiniteDeterminers, personalPossessives, relativePronouns, prepositions,
  },
  boilerplate,
  topics,
  quotes,
} satisfies Lexicon;
