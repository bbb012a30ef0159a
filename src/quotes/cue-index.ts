/**
 * The quote stage's view of one language's lexicon, built once per lexicon at first use:
 * inflected cue forms in one Map (form → cues), word classes as Sets, source markers as token
 * sequences. Looking a token up is one Map access; no regex runs per lemma.
 */
import type { Lexicon } from "../lexicons/index.ts";
import type { CueForm } from "../lexicons/cue-types.ts";
import { wordFilter, type WordFilter } from "./word-filter.ts";

export interface CueIndex {
  forms: ReadonlyMap<string, readonly CueForm[]>;
  /** passes every key of `forms` (and few other words): read before `forms` in per-token loops */
  formFilter: WordFilter;
  zeroThat: ReadonlySet<string>;
  zeroThatAlways: ReadonlySet<string>;
  zeroThatGuarded: ReadonlySet<string>;
  hearer: ReadonlySet<string>;
  sourceMarkers: ReadonlyArray<readonly string[]>;
  initialSourceMarkers: ReadonlyArray<readonly string[]>;
  /** first words of every source marker, to skip the others at once */
  markerFirstWords: ReadonlySet<string>;
  /** passes every word of `markerFirstWords` (and few others) */
  markerFilter: WordFilter;
  complementizers: ReadonlySet<string>;
  complementizerBlockers: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  passive: ReadonlySet<string>;
  hypothetical: ReadonlySet<string>;
  narrativeAdverbs: ReadonlySet<string>;
  infinitiveGovernors: ReadonlySet<string>;
  gerundIntroducers: ReadonlySet<string>;
  nonAttributingGovernors: ReadonlySet<string>;
  clitics: ReadonlySet<string>;
  reflexiveClitics: ReadonlySet<string>;
  verbAdverbs: ReadonlySet<string>;
  adverbSuffixes: readonly string[];
  participleSuffixes: readonly string[];
  pastSuffixes: readonly string[];
  inversionLinks: ReadonlySet<string>;
  negationParticles: ReadonlySet<string>;
  negationWords: ReadonlySet<string>;
  negationSuffixes: readonly string[];
  subjectPronouns: ReadonlySet<string>;
  stressedPronouns: ReadonlySet<string>;
  objectLikePronouns: ReadonlySet<string>;
  reflexivePronouns: ReadonlySet<string>;
  firstPerson: ReadonlySet<string>;
  impersonal: ReadonlySet<string>;
  relativeSubjects: ReadonlySet<string>;
  commentRelatives: ReadonlySet<string>;
  objectRelatives: ReadonlySet<string>;
  freeRelatives: ReadonlySet<string>;
  speechNouns: ReadonlySet<string>;
  gapVerbs: ReadonlySet<string>;
  notSources: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  singularDeterminers: ReadonlySet<string>;
  breakers: ReadonlySet<string>;
  links: ReadonlySet<string>;
  affiliations: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  clauseOpeners: ReadonlySet<string>;
  subordinators: ReadonlySet<string>;
  comparatives: ReadonlySet<string>;
  timeWords: ReadonlySet<string>;
  sourceNouns: ReadonlySet<string>;
  elisions: ReadonlySet<string>;
  contractions: ReadonlySet<string>;
  singleQuoteMarks: boolean;
  inciseSubjectFirst: boolean;
}

const cache = new WeakMap<Lexicon, CueIndex>();

export function cueIndexFor(lex: Lexicon): CueIndex {
  let idx = cache.get(lex);
  if (!idx) {
    idx = buildIndex(lex);
    cache.set(lex, idx);
  }
  return idx;
}

const set = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
const phrases = (xs: readonly string[]) => genericList(xs.map((x) => x.toLowerCase().split(" ")));
/**
 * The strings in a new array of V8's generic elements kind, even when there are none: a literal
 * [] is a small-integer array, and code reading one language's empty list and the other's list of
 * strings drops its optimised code on every switch of language ("wrong map").
 */
function genericList<T>(xs: readonly T[]): T[] {
  const out: T[] = [undefined as T];
  out.pop(); // the kind stays generic
  for (const x of xs) out.push(x);
  return out;
}
const stringList = (xs: readonly string[]): readonly string[] => genericList(xs);

function buildIndex(lex: Lexicon): CueIndex {
  const q = lex.quotes;
  const forms = new Map<string, CueForm[]>();
  for (const [form, cue] of q.conjugate(q.verbs)) {
    const key = form.toLowerCase();
    const list = forms.get(key) ?? [];
    if (!list.some((c) => c.lemma === cue.lemma && c.kind === cue.kind)) list.push(cue);
    forms.set(key, list);
  }
  const markerFirstWords = new Set([...phrases(q.sourceMarkers), ...phrases(q.initialSourceMarkers)].map((m) => m[0]));
  return {
    forms,
    formFilter: wordFilter(forms.keys()),
    zeroThat: set(q.verbs.filter((v) => v.zeroThat).map((v) => v.lemma)),
    zeroThatAlways: set(q.verbs.filter((v) => v.zeroThat === "always").map((v) => v.lemma)),
    zeroThatGuarded: set(q.verbs.filter((v) => v.zeroThat === "guarded").map((v) => v.lemma)),
    hearer: set(q.verbs.filter((v) => v.hearer).map((v) => v.lemma)),
    sourceMarkers: phrases(q.sourceMarkers),
    initialSourceMarkers: phrases(q.initialSourceMarkers),
    markerFirstWords,
    markerFilter: wordFilter(markerFirstWords),
    complementizers: set(q.complementizers),
    complementizerBlockers: set(q.complementizerBlockers),
    auxiliaries: set(q.auxiliaries),
    passive: set(q.passiveAuxiliaries),
    hypothetical: set(q.hypotheticalAuxiliaries),
    narrativeAdverbs: set(q.narrativeAdverbs),
    infinitiveGovernors: set(q.infinitiveGovernors),
    gerundIntroducers: set(q.gerundIntroducers),
    nonAttributingGovernors: set(q.nonAttributingGovernors),
    clitics: set(q.clitics),
    reflexiveClitics: set(q.reflexiveClitics),
    verbAdverbs: set(q.verbAdverbs),
    adverbSuffixes: stringList(q.adverbSuffixes),
    participleSuffixes: stringList(q.participleSuffixes),
    pastSuffixes: stringList(q.pastSuffixes),
    inversionLinks: set(q.inversionLinks),
    negationParticles: set(q.negation.particles),
    negationWords: set(q.negation.words),
    negationSuffixes: stringList(q.negation.suffixes),
    subjectPronouns: set(q.subjectPronouns),
    stressedPronouns: set(q.stressedPronouns),
    objectLikePronouns: set(q.objectLikePronouns),
    reflexivePronouns: set(q.reflexivePronouns),
    firstPerson: set(q.firstPerson),
    impersonal: set(q.impersonalPronouns),
    relativeSubjects: set(q.relativeSubjects),
    commentRelatives: set(q.commentRelatives),
    objectRelatives: set(q.objectRelatives),
    freeRelatives: set(q.freeRelatives),
    speechNouns: set(q.speechNouns),
    gapVerbs: set(q.gapVerbs),
    notSources: set(q.notSources),
    determiners: set(q.determiners),
    articles: set(q.articles),
    singularDeterminers: set(q.singularDeterminers),
    breakers: set(q.phraseBreakers),
    links: set(q.phraseLinks),
    affiliations: set(q.affiliations),
    coordinators: set(q.coordinators),
    clauseOpeners: set(q.clauseOpeners),
    subordinators: set(q.subordinators),
    comparatives: set(q.comparatives),
    timeWords: set(q.timeWords),
    sourceNouns: set(q.sourceNouns),
    elisions: set(q.elisions),
    contractions: set(q.contractions),
    singleQuoteMarks: q.singleQuoteMarks,
    inciseSubjectFirst: q.inciseSubjectFirst,
  };
}
