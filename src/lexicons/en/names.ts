// English words around names: particles inside family names ("van der", "de la"), capitalised
// words that open sentences but never a name, determiners that open descriptions, and
// prepositions. Standard English grammar; lower case, compared folded.
export const nameParticles = ["de", "du", "des", "la", "le", "von", "van", "der", "den", "da", "di", "del", "della", "dos", "das", "ben", "bin", "el", "al", "ibn", "st"] as const;

export const notNames = [
  "according", "but", "and", "or", "so", "yet", "however", "meanwhile", "still", "also", "then", "thus",
  "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "his", "her",
  "its", "their", "our", "my", "your", "there", "here", "in", "on", "at", "for", "with", "from", "by", "of",
  "to", "after", "before", "during", "since", "while", "when", "if", "as", "despite", "although", "though",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
  "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "today", "yesterday", "tomorrow", "read", "watch", "more", "click", "photo", "source", "many", "some",
  "several", "most", "all", "no", "not", "yes", "what", "why", "how", "who", "where", "which", "other", "another",
  "each", "every", "both", "one", "two", "three", "last", "next", "first", "new", "now", "earlier", "later",
  "because", "whatever", "whether", "unless", "until", "instead", "perhaps", "maybe", "even", "like", "unlike",
  "without", "within", "across", "among", "amid", "through", "throughout", "upon", "once", "never", "always",
  "often", "sometimes", "yet", "nor", "only", "just", "well", "again", "thanks", "asked", "meanwhile",
  "besides", "having", "being", "speaking", "following", "including", "nearly", "almost", "about", "around",
] as const;

/** adverbs in -ly ("Finally", "Nearly"): English morphology */
export const adverbEndings = ["ly"] as const;

/** adverbs, participles and plurals that open sentences ("Finally", "Having", "Asked", "Besides"): English morphology */
export const openerEndings = ["ly", "ing", "ed", "s"] as const;

export const definiteDeterminers = ["the", "this", "that", "these", "those", "its", "his", "her", "their", "our"] as const;
export const indefiniteDeterminers = ["a", "an", "another", "one", "some", "several"] as const;
/** possessives of persons: "his wife", "her lawyer", "my son" never name the person they belong to */
export const personalPossessives = ["his", "her", "their", "my", "our", "your"] as const;

/** relative pronouns that open a clause about the name before them */
export const relativePronouns = ["who", "whose", "whom"] as const;

export const prepositions = [
  "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "about", "over", "after", "before",
  "between", "against", "among", "toward", "towards", "without", "under", "like", "than", "alongside",
] as const;
