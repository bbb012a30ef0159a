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

export const fr = {
  code: "fr",
  segmentation: { abbreviations, titles },
  stopwords,
  // definite articles of fr grammar
  speakerIdArticles: ["le", "la", "les", "l'"],
  speakers: {
    honorifics, roleNouns, roleModifiers, roleComplementLinks, adjectiveEndings, pronouns, firstNames, groupWords, organizationNouns,
    nameParticles, notNames, adverbEndings, openerEndings, definiteDeterminers, indefiniteDeterminers, personalPossessives, relativePronouns, prepositions,
  },
  boilerplate,
  topics,
  quotes,
} satisfies Lexicon;
