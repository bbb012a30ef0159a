/**
 * The shape of what the quote stage knows about one language: speech-cue lemmas (inflected in
 * code by the language's `conjugate.ts`), source markers ("selon", "according to"), and the
 * small closed word classes it needs to find a cue's subject and content clause.
 * Every word list is lower case, with "'" for apostrophes.
 */

/** What one inflected form of a cue verb is. */
export type CueFormKind =
  /** a finite form that can stand alone: "déclare", "a-t-il" + participle is built from parts */
  | "finite"
  /** a past participle: a cue only after an auxiliary ("a déclaré", "has said") */
  | "participle"
  /** a present participle / gerund opening a clause: "affirmant que", "adding that" */
  | "gerund"
  /** an infinitive: a cue only after a governor ("pour dénoncer", "vient d'annoncer") */
  | "infinitive";

export interface CueForm {
  lemma: string;
  kind: CueFormKind;
  /** the verb only speaks in its reflexive use ("se féliciter", "s'interroger") */
  reflexive: boolean;
  /** a word that must follow the form ("faire valoir", "point out") */
  particle: string | null;
  /** words that, right after the form, make it another verb ("add to", "write off") */
  notBefore: readonly string[];
}

/** A speech verb as stored in the data: its lemma and what the language's conjugator needs. */
export interface CueVerb {
  /** the infinitive, with "se "/"s'" for verbs that only speak reflexively, and a particle after a space */
  lemma: string;
  /** irregular principal parts, keyed by the conjugator's part names */
  parts?: Readonly<Record<string, string>>;
  /** the final consonant doubles before -ed and -ing ("admit" → "admitted"); derived for one-syllable verbs when absent */
  doubles?: boolean;
  /** further forms the rules miss (stem changes: "répète", "rappelle") */
  also?: readonly string[];
  /** the verb introduces a content clause without "that" ("he said he would…"); "always": even one that
   *  opens with an article ("said the plan would…"), where other verbs need a verb close behind
   *  ("added a premium" is an object, "added the plan would" a clause); "guarded": only a subject
   *  pronoun, or a phrase with a finite verb close behind ("confirmed the plant would close") */
  zeroThat?: boolean | "always" | "guarded";
  /** words that, right after the verb, make it another verb ("add to the misery", "wrote off assets") */
  notBefore?: readonly string[];
  /** the verb may take its hearer as a direct object before the clause ("told reporters that") */
  hearer?: boolean;
}

export interface NegationWords {
  /** particles that must accompany a negation word ("ne", "n'"); empty when none is needed */
  particles: readonly string[];
  /** "pas", "jamais", "not", "never" */
  words: readonly string[];
  /** endings of contracted negations ("n't") */
  suffixes: readonly string[];
}

export interface QuotesLexicon {
  /** speech and statement verbs */
  verbs: readonly CueVerb[];
  /** turns the verb list into inflected forms (the language's conjugation rules, in code) */
  conjugate: (verbs: readonly CueVerb[]) => Array<[form: string, cue: CueForm]>;
  /** source markers written as words separated by spaces: "selon", "d'après", "according to" */
  sourceMarkers: readonly string[];
  /** markers that only attribute at the start of a sentence: "pour X, …" */
  initialSourceMarkers: readonly string[];
  /** words that open a content clause: "que", "qu'", "that" */
  complementizers: readonly string[];
  /** words that make a following complementizer not a content clause ("alors que", "so that") */
  complementizerBlockers: readonly string[];
  /** third-person auxiliaries and modals that form compound cues ("a", "avait", "est", "has", "would") */
  auxiliaries: readonly string[];
  /** modals that make a cue a hypothesis or a plan, not a report ("would say", "will tell", "can suggest") */
  hypotheticalAuxiliaries: readonly string[];
  /** adverbs that turn a modal back into a narrated past ("would later say") */
  narrativeAdverbs: readonly string[];
  /** forms of "be"/"être" that make a cue passive ("was described", "a été annoncé") unless reflexive */
  passiveAuxiliaries: readonly string[];
  /** prepositions after which a gerund cue still reports the subject ("quoted as saying", "en affirmant") */
  gerundIntroducers: readonly string[];
  /** words that govern a cue infinitive ("de", "d'", "à", "pour", "to") */
  infinitiveGovernors: readonly string[];
  /** verbs whose following infinitive is not an attribution ("faut", "must") */
  nonAttributingGovernors: readonly string[];
  /** object and reflexive clitics inside a verb group ("lui", "se", "s'", "nous") */
  clitics: readonly string[];
  /** reflexive clitics ("se", "s'") */
  reflexiveClitics: readonly string[];
  /** adverbs that may sit inside a verb group ("également", "also", "already") */
  verbAdverbs: readonly string[];
  /** endings of manner adverbs that may sit in a verb group ("gingerly said", "a sobrement déclaré") */
  adverbSuffixes: readonly string[];
  /** endings of present participles that open an aside between a subject and its cue ("The mayor, speaking to reporters, said") */
  participleSuffixes: readonly string[];
  /** endings of simple past verbs: ", and handed over the keys" after a content clause goes back to the speaker */
  pastSuffixes: readonly string[];
  /** the link of an inverted subject: "t" in "a-t-il" */
  inversionLinks: readonly string[];
  negation: NegationWords;
  /** third-person subject pronouns ("il", "elle", "he", "they") */
  subjectPronouns: readonly string[];
  /** subject pronouns that are also objects ("announced it"): a clause opens at one only when a verb follows */
  objectLikePronouns: readonly string[];
  /** reflexive objects that leave the cue's quoted words to it ("described herself as “…”") */
  reflexivePronouns: readonly string[];
  /** stressed pronouns after a source marker ("selon lui") */
  stressedPronouns: readonly string[];
  /** first- and second-person pronouns: the narrator or the reader, never an attribution */
  firstPerson: readonly string[];
  /** impersonal subject: "on" (its source is the place named after it, "indique-t-on à la FGTB") */
  impersonalPronouns: readonly string[];
  /** relative pronouns that point back to the subject ("qui", "who") */
  relativeSubjects: readonly string[];
  /** relative pronouns of a clause whose cue lost its content's subject ("a move that the firm said was needed") */
  objectRelatives: readonly string[];
  /** nouns of saying that take a content clause after a cue ("added the caveat that …", "issued a warning that …") */
  speechNouns: readonly string[];
  /** relatives with no antecedent ("what"): the clause is the report only after a verb or a preposition ("is what it says is …") */
  freeRelatives: readonly string[];
  /** finite auxiliaries and forms of "be" that open such a content clause right after the cue ("said was", "says would") */
  gapVerbs: readonly string[];
  /** relative pronouns that open a comment on a whole clause (", which was a first"): a content clause ends before one that runs to its end */
  commentRelatives: readonly string[];
  /** words after a source marker that are no source ("selon lesquelles") */
  notSources: readonly string[];
  /** articles, possessives, demonstratives and quantifiers that open a noun phrase */
  determiners: readonly string[];
  /** articles and possessives that never stand alone: a cue form after one is a noun ("the reports") */
  articles: readonly string[];
  /** determiners of a singular noun: a bare cue form a few words after one is a noun ("an August PBO report") */
  singularDeterminers: readonly string[];
  /** prepositions and words that end a subject noun phrase */
  phraseBreakers: readonly string[];
  /** prepositions that tie a person to a place of work inside a subject ("Ann Lee at the University of Leeds") */
  affiliations: readonly string[];
  /** words that link the parts of a noun phrase ("de", "du", "of") */
  phraseLinks: readonly string[];
  /** coordinators that may join two names ("et", "and") */
  coordinators: readonly string[];
  /** words that open a comparison ("than"): a verb after one is not the clause's own */
  comparatives: readonly string[];
  /** conjunctions that make a clause subordinate: its content ends at the next comma ("Si elle affirme que…, …") */
  subordinators: readonly string[];
  /** sentence adverbs and conjunctions that open a clause before its subject ("ainsi", "however") */
  clauseOpeners: readonly string[];
  /** words of time and date that may sit between a cue and its subject ("hier", "lundi", "friday") */
  timeWords: readonly string[];
  /** nouns that make a lower-case phrase a source ("experts", "police", "reports") */
  sourceNouns: readonly string[];
  /** elided words glued to their apostrophe ("qu'", "l'") */
  elisions: readonly string[];
  /** contracted endings glued to their word ("n't", "'s") written without the apostrophe */
  contractions: readonly string[];
  /** an incise may put its subject before the verb ("“…,” the mayor said"); French inverts instead */
  inciseSubjectFirst: boolean;
  /** ‘ ’ are quotation marks in this language (in French, ’ is only an apostrophe) */
  singleQuoteMarks: boolean;
}
