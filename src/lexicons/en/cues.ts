// English speech cues and the closed word classes the quote stage needs.
// Verb lemmas: the Gender Gap Tracker's English quote verbs and textacy's reporting verbs
// (both public), completed with cues of wire copy (quip, tweet, testify, counter, caution) and the
// manner-of-speaking verbs of features and recaps (crow, gush, scoff, muse, stammer, confess).
// Belief verbs (think, believe) are left out: the guidelines make them optional.
// conjugate.ts derives the inflected forms; irregular verbs give their parts here.
import type { CueVerb, QuotesLexicon } from "../cue-types.ts";
import { conjugate } from "./conjugate.ts";

const regular = (...lemmas: string[]): CueVerb[] => lemmas.map((lemma) => ({ lemma }));
const zeroThat = (...lemmas: string[]): CueVerb[] => lemmas.map((lemma) => ({ lemma, zeroThat: true }));

/**
 * Verbs that often report a clause with no "that" ("confirmed the plant would close", "admitted he
 * had lied") but more often take an object: the clause needs a subject pronoun or a finite verb close
 * behind ("guarded"), so "confirmed the deal" and "reported little progress" stay objects. Verbs whose
 * forms are also nouns ("the report", "a promise", "the estimate") are left out.
 */
const ZERO_THAT = new Set([
  "note", "acknowledge", "concede", "confirm", "admit", "recall", "suggest", "explain", "stress", "announce",
  "reveal", "declare", "predict", "complain", "boast", "agree", "conclude", "maintain", "hint", "indicate",
  "warn", "assure", "testify", "emphasize", "emphasise", "reiterate", "confess", "speculate", "assert",
  "write", "deny", "remind", "reassure", "concur", "recount", "observe", "disclose", "clarify", "swear",
  "lament", "scoff", "crow", "muse", "gush", "brag",
]);

const listed: readonly CueVerb[] = [
  { lemma: "say", parts: { third: "says", past: "said", participle: "said", gerund: "saying" }, zeroThat: "always" },
  { lemma: "tell", parts: { past: "told", participle: "told" }, hearer: true },
  { lemma: "write", parts: { past: "wrote", participle: "written", gerund: "writing" }, notBefore: ["off", "down", "up"] },
  { lemma: "add", zeroThat: true, notBefore: ["to", "up", "in", "on"] },
  { lemma: "report", notBefore: ["to", "for", "on"] },
  { lemma: "speak", parts: { past: "spoke", participle: "spoken" } },
  { lemma: "admit", parts: { past: "admitted", participle: "admitted", gerund: "admitting" } },
  { lemma: "tweet" },
  { lemma: "forecast", parts: { past: "forecast", participle: "forecast" } },
  { lemma: "predict" },
  ...zeroThat("claim", "insist", "argue", "contend", "allege"),
  ...["concur", "aver", "rebut", "regret"].map((lemma) => ({ lemma, doubles: true })),
  { lemma: "swear", parts: { past: "swore", participle: "sworn" } },
  { lemma: "continue", notBefore: ["to", "with", "until", "through", "into"] },
  ...["notify", "encourage", "implore", "beg", "admonish"].map((lemma) => ({ lemma, hearer: true })),
  ...regular("explain", "note", "stress", "acknowledge", "concede", "confirm", "recall", "suggest"),
  ...["warn", "assure", "inform", "remind", "advise", "reassure", "guarantee"].map((lemma) => ({ lemma, hearer: true })),
  ...regular(
    "state", "declare", "announce", "deny", "reveal", "emphasize", "emphasise", "point out", "observe",
    "remark", "comment", "reply", "respond", "answer", "retort", "counter", "promise", "pledge", "vow",
    "maintain", "assert", "conclude", "complain", "lament", "testify",
    "estimate", "caution", "demand", "ask", "question", "wonder", "joke", "quip", "shout",
    "whisper", "mutter", "recount", "underline", "highlight", "indicate", "mention", "signal",
    "accuse", "criticize", "criticise", "charge", "reiterate", "repeat", "hint", "speculate", "boast",
    "grumble", "protest", "object", "proclaim", "exclaim", "recommend", "propose",
    "disclose", "describe", "express", "affirm", "attest", "agree",
    "elaborate", "clarify", "dismiss", "blast", "slam", "praise", "lash out", "fire back",
    // manner of speaking: the incise and colon frames ("“…,” she crowed", "he scoffed: “…”")
    "confess", "confide", "crow", "gush", "scoff", "muse", "sniff", "stutter", "stammer", "snap",
    "exult", "rave", "chide", "scold", "plead", "bemoan", "decry", "deplore", "condemn", "denounce",
    "interject", "chime in", "opine", "surmise", "theorize", "theorise",
    "yell", "scream", "murmur", "mumble", "sneer", "taunt", "tease", "brag", "wail",
    "posit", "profess", "divulge", "refute", "inquire", "enquire", "query",
    "underscore", "summarize", "summarise", "characterize", "characterise", "echo", "laugh",
    "chuckle", "shoot back", "hit back",
  ),
  // a hearer, then what they were urged to do: "urged voters to reject the cuts", "called on Ottawa to act"
  ...["urge", "call on"].map((lemma) => ({ lemma, hearer: true, notBefore: ["ahead", "on", "for"] })),
];

export const verbs: readonly CueVerb[] = listed.map((v) => (ZERO_THAT.has(v.lemma) && !v.zeroThat ? { ...v, zeroThat: "guarded" as const } : v));

export const quotes = {
  verbs,
  conjugate,
  sourceMarkers: ["according to", "in the words of", "quoted by"],
  initialSourceMarkers: ["for"],
  complementizers: ["that"],
  complementizerBlockers: ["so", "such", "now", "given", "except", "provided", "in", "order", "than", "at", "all", "like", "of", "is", "was"],
  auxiliaries: [
    "has", "have", "had", "will", "would", "did", "does", "do", "could", "can", "may", "might", "should",
    "must", "shall",
  ],
  hypotheticalAuxiliaries: ["will", "would", "could", "can", "may", "might", "should", "shall", "must"],
  narrativeAdverbs: ["later", "then", "eventually", "afterwards", "subsequently", "once"],
  passiveAuxiliaries: ["is", "are", "was", "were", "be", "been", "being", "get", "got", "gets"],
  gerundIntroducers: ["as", "while", "when"],
  infinitiveGovernors: ["to"],
  nonAttributingGovernors: ["declined", "refused", "declines", "refuses", "decline", "refuse", "unable", "wouldn't", "won't"],
  clitics: [],
  reflexiveClitics: [],
  verbAdverbs: [
    "also", "already", "later", "then", "previously", "repeatedly", "recently", "publicly", "once",
    "again", "further", "earlier", "simply", "flatly", "firmly", "quickly", "openly", "bluntly",
    "frankly", "finally", "privately", "reportedly", "separately", "explicitly", "clearly",
    "now", "often", "still", "always", "usually", "sometimes", "even", "long", "first", "just", "twice",
  ],
  adverbSuffixes: ["ly"],
  participleSuffixes: ["ing"],
  pastSuffixes: ["ed"],
  inversionLinks: [],
  negation: { particles: [], words: ["not", "never", "no", "neither", "nor"], suffixes: ["n't"] },
  subjectPronouns: ["he", "she", "they", "it"],
  stressedPronouns: ["him", "her", "them", "me", "us"],
  objectLikePronouns: ["it", "you"],
  reflexivePronouns: ["himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "yourselves"],
  firstPerson: ["i", "we", "me", "us", "i'm", "we're", "i've", "we've", "you", "you're", "you've"],
  impersonalPronouns: [],
  relativeSubjects: ["who", "which"],
  commentRelatives: ["which"],
  objectRelatives: ["that", "which", "who", "whom", "what"],
  freeRelatives: ["what"],
  speechNouns: [
    "caveat", "warning", "claim", "assurance", "promise", "allegation", "argument", "suggestion", "prediction",
    "reminder", "admission", "accusation", "assertion", "pledge", "guarantee", "concern", "message", "view",
  ],
  gapVerbs: ["is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does"],
  notSources: ["which", "whom", "who", "me", "us", "what", "that", "this", "these", "those"],
  determiners: [
    "the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "some", "many",
    "several", "two", "three", "four", "most", "other", "others", "both", "all", "one", "each", "another",
    "few", "no", "our", "various", "numerous", "critics", "more", "fewer",
  ],
  singularDeterminers: ["a", "an", "this", "each", "every", "another", "one"],
  articles: ["the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your"],
  phraseBreakers: [
    "in", "on", "at", "to", "during", "after", "before", "from", "with", "via", "by", "about", "over",
    "who", "which", "that", "when", "while", "because", "as", "where", "if", "since", "but", "or", "so",
    "than", "into", "through", "after", "last", "this", "yesterday", "today", "tonight", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "earlier", "later", "told",
    "also", "has", "had", "have", "is", "was", "were", "are", "will", "would", "in", "not",
    "without", "within", "against", "under", "despite", "among", "across", "toward", "towards", "upon",
    "around", "behind", "beyond", "near", "per", "including", "like", "amid", "following",
  ],
  affiliations: ["at", "from", "with"],
  phraseLinks: ["of", "for", "'s", "de", "von", "van", "der", "du", "al", "bin"],
  coordinators: ["and", "but"],
  comparatives: ["than"],
  subordinators: ["if", "when", "although", "though", "while", "because", "since", "once", "unless", "whereas"],
  clauseOpeners: [
    "however", "but", "and", "so", "still", "yet", "meanwhile", "also", "in", "on", "at", "during",
    "after", "before", "since", "speaking", "asked", "when", "while", "last", "earlier", "later",
    "then", "now", "today", "yesterday", "separately", "instead", "indeed", "moreover", "furthermore",
    "from", "for", "with", "by", "as", "under", "of", "to", "over", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "previously", "again", "similarly", "likewise",
    "if", "because", "although", "though", "whereas", "unless", "once", "nonetheless", "nevertheless",
    "ultimately", "eventually", "afterwards", "otherwise", "additionally", "besides", "regardless",
  ],
  timeWords: [
    "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "morning", "evening", "afternoon", "night", "last", "this", "next", "week", "month", "year",
    "earlier", "later", "recently", "also", "again", "then", "on", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "past", "coming",
  ],
  sourceNouns: [
    "service", "office", "bureau", "institute", "union", "association", "federation", "council", "commission", "court", "committee", "group", "firm", "bank", "board", "party", "opposition", "ministry",
    "police", "officials", "official", "experts", "analysts", "authorities", "sources", "source",
    "reports", "report", "study", "survey", "poll", "data", "figures", "estimates", "government",
    "ministry", "department", "spokesperson", "spokesman", "spokeswoman", "witnesses", "researchers",
    "scientists", "doctors", "critics", "documents", "statement", "prosecutors", "lawyers", "lawyer",
    "agency", "company", "media", "residents", "investigators", "observers", "economists", "filings",
    // unnamed sources and the documents that carry words ("according to people familiar with …")
    "people", "person", "insiders", "aides", "executives", "diplomats", "employees", "staff", "members",
    "memo", "letter", "filing", "records", "website", "newspaper", "broadcaster", "documents", "minutes",
    "analysis", "forecast", "projections", "calculations", "tally", "count", "census", "research", "audit",
  ],
  elisions: [],
  contractions: ["t", "s", "ll", "re", "ve", "d", "m"],
  inciseSubjectFirst: true,
  singleQuoteMarks: true,
} satisfies QuotesLexicon;
