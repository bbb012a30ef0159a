/**
 * The shape every language's data must have. Add a field here and the compiler lists every
 * language that lacks it.
 */
import type { TopicId } from "./topics.ts";
import type { BoilerplateLabel } from "../doc.ts";
import type { QuotesLexicon } from "./cue-types.ts";

export interface SegmentationLexicon {
  /** abbreviations whose final period does not end a sentence, without the period ("M", "Mme", "janv") */
  abbreviations: readonly string[];
  /** abbreviated titles that always precede a name ("M", "Mme", "Dr", "Mr"): their period never ends a sentence */
  titles: readonly string[];
}

/** A title written before a name ("M.", "Mme", "Dr", "Mr."), with the gender it tells when it does. */
export interface Honorific {
  form: string;
  gender: "m" | "f" | null;
}

/** A role noun ("PDG", "ministre", "chief executive"): masculine or common form, and feminine when it differs. */
export interface RoleNoun {
  lemma: string;
  fem?: string;
  /** the role names an organisation's voice rather than a person's position ("porte-parole", "spokesperson") */
  spokesperson?: boolean;
}

export interface PronounEntry {
  form: string;
  gender: "m" | "f" | null;
  number: "sg" | "pl";
  /** first-person pronouns (je, nous, I, we) never name a speaker */
  person: 1 | 3;
}

/** What the speaker stage needs to find and cluster the people, organisations and groups who speak. */
export interface SpeakersLexicon {
  honorifics: readonly Honorific[];
  roleNouns: readonly RoleNoun[];
  /** lower-case words that may stand before a role noun ("ancien", "former", "press") */
  roleModifiers: readonly string[];
  /** prepositions and articles that continue a role's complement ("de", "d'une", "of", "for") */
  roleComplementLinks: readonly string[];
  /** endings of adjectives that may follow a role's noun ("minier", "madrilène"): folded */
  adjectiveEndings: readonly string[];
  pronouns: readonly PronounEntry[];
  /** lower-case particles inside names ("de", "von", "van der") */
  nameParticles: readonly string[];
  /** words that take the capital of a sentence start but never begin a name ("Selon", "However") */
  notNames: readonly string[];
  /** endings of adverbs ("ly", "ment"): such a word opening a sentence is no name ("Finally", "Nearly") unless the article capitalises it elsewhere */
  adverbEndings: readonly string[];
  /** endings of adverbs, participles and plurals ("ly", "ing", "ed", "s"): such a word opening a sentence before a first name is no part of the name ("Having Billy Eichner"; "Morgan Stanley" stays) */
  openerEndings: readonly string[];
  /** articles and possessives that open a description: definite ones point back, indefinite ones introduce */
  definiteDeterminers: readonly string[];
  indefiniteDeterminers: readonly string[];
  /** possessives that tie a description to someone else ("his wife", "her lawyer"): it never points back at that person */
  personalPossessives: readonly string[];
  /** relative pronouns: "X, who …" puts X in focus, even after a preposition ("talking about X, who …") */
  relativePronouns: readonly string[];
  /** prepositions: a name right after one is seldom the subject of its sentence */
  prepositions: readonly string[];
  /** nouns that make a description an organisation ("gouvernement", "ministère", "police", "company") */
  organizationNouns: readonly string[];
  /** heads of group sources ("certains", "syndicats", "critics", "analysts") */
  groupWords: readonly string[];
  /** common first names, for gender and to tell a person's name from other capitalised words */
  firstNames: { readonly male: readonly string[]; readonly female: readonly string[] };
}

/** The words of one topic in one language (the ids and definitions are in lexicons/topics.ts). */
export interface TopicWords {
  label: string;
  /** words and phrases that tell the topic, matched on stems; a word written "=word" matches only that form */
  terms: readonly string[];
  /** words that hint at the topic but need company: they weigh half */
  weak: readonly string[];
  /** phrases that cancel a false hit of the words inside them ("politique de confidentialité") */
  cancel: readonly string[];
}

/** What the topic stage needs: a stemmer, the elided words, and the words of each default topic. */
export interface TopicsLexicon {
  /** snowball-stemmers algorithm name ("french", "english") */
  stemmer: string;
  /** elided words written before an apostrophe, dropped like stopwords ("l", "qu", "jusqu") */
  elisions: readonly string[];
  topics: Readonly<Record<TopicId, TopicWords>>;
}

/** Boilerplate vocabulary of one language, by label (see src/doc.ts BOILERPLATE_LABELS). Lower case,
 *  accents folded ("a lire aussi"), "'" for apostrophes. */
export interface BoilerplateLexicon {
  /** phrases that open a boilerplate line ("lire aussi", "photo :", "sign up for") */
  prefixes: Readonly<Partial<Record<BoilerplateLabel, readonly string[]>>>;
  /** phrases that are the whole line ("publicite", "share", "home") */
  lines: Readonly<Partial<Record<BoilerplateLabel, readonly string[]>>>;
  /** imperative calls to action ("inscrivez-vous", "sign up", "claim") */
  ctaImperatives: readonly string[];
  /** words of a money or bonus offer ("bonus", "cadeaux de bienvenue", "usdt") */
  offerWords: readonly string[];
  /** words that make a line a date stamp: month and day names, "published", "updated" */
  dateAnchors: readonly string[];
  /** words that may sit in a date stamp beside the anchors ("am", "gmt", "le", "h") */
  dateFillers: readonly string[];
  /** words that open a byline ("by", "par", "propos recueillis par") */
  bylineWords: readonly string[];
  /** phrases that mark a short line wherever they stand ("contributed to this report", "a contribue a cet article") */
  anywhere: Readonly<Partial<Record<BoilerplateLabel, readonly string[]>>>;
  /** nouns of an author's bio line at the end of an article ("reporter", "journaliste") */
  bioNouns: readonly string[];
  /** a short line with one of these nouns and one of the qualifiers heads a list of links ("More Top Tech Stories") */
  relatedHeader: { readonly nouns: readonly string[]; readonly qualifiers: readonly string[] };
  /** imperatives that open a "follow us" line when two social networks follow ("follow", "suivez") */
  shareImperatives: readonly string[];
}

export interface Lexicon {
  code: string;
  segmentation: SegmentationLexicon;
  /** common function words, lower case: shape features and language checks */
  stopwords: readonly string[];
  /** definite articles dropped from the front of a speaker's name for its id ("la SNCF" = "SNCF") */
  speakerIdArticles: readonly string[];
  /** people, organisations and groups who speak: see SpeakersLexicon */
  speakers: SpeakersLexicon;
  /** topic words and matching data: see TopicsLexicon */
  topics: TopicsLexicon;
  /** boilerplate phrases, calls to action, offers, date stamps: see BoilerplateLexicon */
  boilerplate: BoilerplateLexicon;
  /** speech cues, source markers and the word classes that frame a quote: see QuotesLexicon */
  quotes: QuotesLexicon;
}
