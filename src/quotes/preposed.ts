/**
 * Preposed frame: subject, cue, then "que/that", a colon and quote marks, a quoted object, or (for
 * verbs that allow it) a clause with no "that" ("He said he would…").
 */
import type { CueGroup } from "./cue-groups.ts";
import type { CueIndex } from "./cue-index.ts";
import type { MarkPair } from "./marks.ts";
import type { Phrase } from "./phrases.ts";
import { sentenceSubject, subjectBefore } from "./phrases.ts";
import { build, clauseEnd, complementizerAhead, markerAt } from "./content.ts";
import type { Candidate, SentenceView } from "./view.ts";
import { firstContentToken, nextWordAfter, onlyPunctuationBetween, tokenAtOrAfter, wordsBetween } from "./view.ts";
import { hasDigit, startsWithDigit, type Token } from "./tokens.ts";
import { endsWithSuffix } from "./suffixes.ts";

export function preposed(v: SentenceView, g: CueGroup, groups: CueGroup[], incised: Phrase | null = null): Candidate | null {
  const { toks, idx } = v;
  let subject: Phrase | null;
  const before = toks[g.first - 1];
  // "“…,” says the baker, noting that …": a gerund after an incise shares the incise's speaker
  if (g.kind === "gerund" && incised && before?.low === ",") subject = incised;
  else if (g.kind === "gerund" || g.kind === "infinitive" || (before && idx.coordinators.has(before.low))) subject = sentenceSubject(toks, v.start, g.first, idx);
  else subject = subjectBefore(toks, g.first, v.start, idx);
  if (g.inverted >= 0 && !subject) subject = { start: g.inverted, end: g.inverted, kind: "pronoun" };
  // "a letter from the ministry informing them that …": a gerund right after a noun describes it
  if (g.kind === "gerund" && before && g.first === g.verb && nounBefore(v, g.first - 1)) return null;
  if (!subject || subject.kind === "first-person" || !hasLetterWord(toks, subject) || invertedQuestion(v, subject)) return null;
  const gap = gapClause(v, g, subject);
  if (gap) return gap;
  const content = contentStart(v, g);
  if (!content) return null;
  if (content.pair) {
    const after = nextWordAfter(v, content.pair.close);
    const closeTok = tokenAtOrAfter(toks, content.pair.close);
    const endsClause = after < 0 || toks[closeTok + 1]?.low === "," || toks[closeTok - 1]?.low === ",";
    if (endsClause) return build(v, content.pair.open, content.pair.close + 1, g, subject, 0.9);
  }
  let end = clauseEnd(v, content.from, groups);
  if (subordinate(v, subject)) end = Math.min(end, commaAfter(v, content.from, end));
  if (end <= content.from) return null;
  if (content.untilPair) {
    // "a promis un « nouveau départ » pour la ville": up to the last closing mark; "expressed “deep concern” over": the marks alone
    const inner = v.pairsWithin(toks[content.from].start, toks[end - 1].end);
    if (!inner.length) return null;
    const last = inner[inner.length - 1];
    const start = inner.length === 1 && inner[0].open === toks[content.from].start ? inner[0].open : toks[content.from].start;
    return build(v, start, last.close + 1, g, subject, 0.7);
  }
  return build(v, toks[content.from].start, toks[end - 1].end, g, subject, 0.75);
}

export interface ContentStart {
  from: number;
  pair: MarkPair | null;
  /** no content clause: the content is the cue's object up to its last quoted words */
  untilPair?: boolean;
}

/** Where the reported content begins after a preposed cue: after "que", a colon, at a mark, or a bare clause. */
export function contentStart(v: SentenceView, g: CueGroup): ContentStart | null {
  const { toks, idx } = v;
  let objectSeen = false;
  let plainSeen = -1;
  const zeroThat = idx.zeroThat.has(g.lemma);
  // "told reporters the talks would resume": a hearer, then a clause with no "that"
  const h = idx.hearer.has(g.lemma) ? hearerEnd(v, g.last + 1) : -1;
  if (h > 0 && h < v.end && !idx.complementizers.has(toks[h].low) && (startsClause(v, h, false) || quantity(v, h))) return { from: h, pair: null };
  // "warned residents on Tuesday not to guess": a hearer, then an infinitive
  const inf = h > 0 ? infinitiveAt(v, h) : -1;
  if (inf >= 0) return { from: inf, pair: null };
  for (let k = g.last + 1; k < v.end && k < g.last + 18; k++) {
    const t = toks[k];
    if (idx.complementizers.has(t.low)) {
      if (idx.complementizerBlockers.has(toks[k - 1].low) && k - 1 > g.last) return null;
      const from = afterInterposed(v, k + 1);
      // "decried that math, saying …": a "that" that is also a determiner, before one word, points at a noun
      if (idx.determiners.has(t.low) && from === k + 1 && demonstrative(v, from)) return null;
      return from < v.end ? { from, pair: v.pairOpeningAt(toks[from].start) } : null;
    }
    const pair = v.pairOpeningAt(t.start);
    // "reported receiving $300 in “risk” payments": marks inside the cue's object phrase are no content of their own
    if (pair && plainSeen >= 0) return null;
    if (pair) return { from: k, pair, untilPair: onlyPunctuationBetween(v, g.last + 1, k) && wordsBetween(toks, pair.open, pair.close) >= 2 };
    if (t.low === ":") continue;
    if (t.low === ";" || t.low === "." || t.low === "?" || t.low === "!") return null;
    // "have reported little progress but are hopeful that": a second predicate, not the cue's clause
    if (idx.coordinators.has(t.low) && k + 1 < v.end && (idx.auxiliaries.has(toks[k + 1].low) || idx.passive.has(toks[k + 1].low))) return null;
    if (v.pairAround(t.start)) return null;
    if (k > g.last + 1 && verbHere(v, k)) return null;
    const guarded = idx.zeroThatGuarded.has(g.lemma);
    const always = idx.zeroThatAlways.has(g.lemma);
    // "argued it on Monday": right after the cue, "it" and "you" may be objects; after "say" they are subjects
    const objectPronoun = !always && idx.objectLikePronouns.has(t.low) && !verbSoon(v, k + 1, 1);
    if (k === g.last + 1 && zeroThat && !objectPronoun && startsClause(v, k, always, guarded)) return { from: k, pair: null };
    // "said in a statement the company would appeal", "said Tuesday it would": adjuncts, then a clause
    // with a subject pronoun or a finite verb ("said in a news conference call." is no clause)
    if (k === g.last + 1 && zeroThat && !complementizerAhead(v, g)) {
      const j = plainAdjunctsEnd(v, k);
      // ("said 2,000 people had …": a number opens the clause, it is no adjunct)
      if (j > k && j < v.end && toks[j - 1].low !== "," && !startsWithDigit(toks[k].low) && startsClause(v, j, false, true)) return { from: j, pair: null };
    }
    if (t.low === "," || idx.timeWords.has(t.low) || startsWithDigit(t.low)) continue;
    if (idx.determiners.has(t.low) && !idx.links.has(toks[k - 1].low) && !(idx.breakers.has(toks[k - 1].low) && !idx.clitics.has(toks[k - 1].low))) {
      // "added the weighty caveat that …": a noun of saying, then its content clause
      const said = speechNounClause(v, k);
      if (said >= 0) return { from: said, pair: v.pairOpeningAt(toks[said].start) };
      // a direct object: only the hearer of "tell", "prévenir", "assure" may stand here
      if (!idx.hearer.has(g.lemma) || objectSeen) return remainderWithMarks(v, k);
      objectSeen = true;
      continue;
    }
    if (idx.breakers.has(t.low) || idx.clitics.has(t.low) || idx.verbAdverbs.has(t.low)) continue;
    // a gerund right after the cue ("reported receiving"): the cue's own object, not a clause ("dit avoir investi « … »" is one)
    if (plainSeen < 0 && t.word && !t.cap && k === g.last + 1 && !idx.hearer.has(g.lemma) && gerundWord(idx, t.low)) plainSeen = k;
  }
  return null;
}

/** "a dénoncé une réforme « injuste »": no clause, but quoted words in the rest of the sentence. */
export function remainderWithMarks(v: SentenceView, k: number): ContentStart | null {
  for (let j = k; j < v.end; j++) {
    const p = v.pairOpeningAt(v.toks[j].start);
    if (p && wordsBetween(v.toks, p.open, p.close) >= 2) return { from: k, pair: null, untilPair: true };
  }
  return null;
}

/**
 * "He said he would", "She said the government…": a subject opens right after the cue. Guarded (verbs
 * that mostly take objects): a subject pronoun, or a finite verb close behind the phrase.
 */
export function startsClause(v: SentenceView, k: number, articleOk: boolean, guarded = false): boolean {
  const t = v.toks[k];
  const next = v.toks[k + 1];
  const { idx } = v;
  // "said 2,000 people had turned out": a number written with separators, then a verb soon
  if (startsWithDigit(t.low) && next && !next.word) return !guarded && articleOk && verbSoon(v, numberEnd(v, k) + 1, 7, true);
  if (!next || !next.word) return false;
  if (idx.coordinators.has(t.low)) return false;
  if (guarded) return guardedClause(v, k);
  const bare = t.low.split("'")[0];
  if (idx.subjectPronouns.has(bare) || idx.firstPerson.has(bare) || idx.firstPerson.has(t.low)) return true;
  // "said more than 90 per cent of …", "told reporters more than …": a quantity ("added more than 2%" is an object)
  if (quantity(v, k)) return articleOk;
  // "said the repairs would take weeks" but not "added a premium for the expansion": a verb soon
  // "said more than 100 people were hurt" but not "said more about the plan": a preposition next needs a verb soon
  if (idx.determiners.has(t.low) && !idx.timeWords.has(t.low)) return (articleOk && !idx.breakers.has(next.low)) || verbSoon(v, k + 1);
  if (t.cap) return !idx.timeWords.has(t.low) && !idx.breakers.has(t.low);
  // "said demand remained strong": a bare plural or mass noun, then a verb
  // "said prices would fall", "said sales were strong": a bare noun, then an auxiliary
  return plainWord(t, idx) && !idx.determiners.has(next.low) && (plainWord(next, idx) || idx.auxiliaries.has(next.low) || idx.passive.has(next.low));
}

/** a lower-case word of no closed class that a bare subject noun may be (a module function: no closure named per call) */
function plainWord(x: Token, idx: CueIndex): boolean {
  return x.word && !x.cap && !idx.breakers.has(x.low) && !idx.links.has(x.low) && !idx.timeWords.has(x.low) && !idx.verbAdverbs.has(x.low) && !idx.auxiliaries.has(x.low);
}

/** the most adjunct phrases skipped between a cue and its clause */
const MAX_ADJUNCTS = 3;

/**
 * After a cue: time words and preposition phrases ("on Tuesday", "in a statement", "to reporters"),
 * never a comma, a conjunction or a subordinator ("agreed to an interview, but only if they could").
 */
function plainAdjunctsEnd(v: SentenceView, k: number): number {
  const { toks, idx } = v;
  let j = k;
  for (let n = 0; n < MAX_ADJUNCTS && j < v.end; n++) {
    const t = toks[j];
    if (idx.timeWords.has(t.low) && !idx.determiners.has(t.low)) {
      // "said February sales were off", "added night sessions would …": a time word before a plain noun modifies it
      const next = toks[j + 1];
      if (next && next.word && !next.cap && !idx.timeWords.has(next.low) && !idx.determiners.has(next.low) && !idx.subjectPronouns.has(next.low) && !idx.breakers.has(next.low) && !idx.links.has(next.low)) break;
      j++;
      continue;
    }
    if (!prepositionBefore(v, j) || idx.subordinators.has(t.low) || idx.timeWords.has(t.low)) break;
    let e = j + 1;
    if (e < v.end && (idx.determiners.has(toks[e].low) || idx.articles.has(toks[e].low))) e++;
    // the phrase's words: plain or capitalised words and links, no verb form
    // ("over the next few months": a quantity after a time word stays in the phrase)
    while (e < v.end && toks[e].word && !idx.breakers.has(toks[e].low) && !(idx.determiners.has(toks[e].low) && !idx.timeWords.has(toks[e - 1].low)) && !idx.auxiliaries.has(toks[e].low) && !idx.passive.has(toks[e].low) && !idx.forms.has(toks[e].low) && !idx.subjectPronouns.has(toks[e].low) && !idx.firstPerson.has(toks[e].low)) e++;
    if (e === j + 1) break;
    j = e;
  }
  return j;
}

/** One word, then a comma or the end of the sentence: a noun, no clause ("said that prices rose" is one). */
function demonstrative(v: SentenceView, from: number): boolean {
  const { toks } = v;
  let words = 0;
  for (let k = from; k < v.end; k++) {
    const t = toks[k];
    if (t.word) {
      // ("warned that Canada, seen as safe, was at risk": a name opens a clause)
      if (++words > 1 || t.cap || startsWithDigit(t.low) || v.idx.subjectPronouns.has(t.low)) return false;
      continue;
    }
    return t.low === "," || t.low === "." || t.low === ";";
  }
  return true;
}

/** the most modifiers between a determiner and a noun of saying ("the weighty caveat") */
const MAX_NOUN_MODIFIERS = 2;

/** After a determiner: modifiers, a noun of saying, then "that"; the token the clause starts at, or -1. */
function speechNounClause(v: SentenceView, k: number): number {
  const { toks, idx } = v;
  for (let j = k + 1; j < v.end && j <= k + 1 + MAX_NOUN_MODIFIERS; j++) {
    const t = toks[j];
    if (!t.word || t.cap) return -1;
    if (idx.speechNouns.has(t.low)) {
      const c = j + 1;
      return c + 1 < v.end && idx.complementizers.has(toks[c].low) ? afterInterposed(v, c + 1) : -1;
    }
    if (idx.breakers.has(t.low) || idx.links.has(t.low) || idx.determiners.has(t.low) || idx.forms.has(t.low)) return -1;
  }
  return -1;
}

/** "more than 90 per cent": a determiner, a comparison word, a number */
function quantity(v: SentenceView, k: number): boolean {
  const { toks, idx } = v;
  return k + 2 < v.end && idx.determiners.has(toks[k].low) && idx.breakers.has(toks[k + 1].low) && startsWithDigit(toks[k + 2].low);
}

/** The last token of a number written with separators ("2,000", "1.5"). */
function numberEnd(v: SentenceView, k: number): number {
  const { toks } = v;
  let j = k;
  while (j + 2 < v.end && (toks[j + 1].low === "," || toks[j + 1].low === ".") && toks[j + 1].start === toks[j].end && toks[j + 2].start === toks[j + 1].end && startsWithDigit(toks[j + 2].low)) j += 2;
  return j;
}

/** how far a guarded clause's finite verb may follow its first word ("announces June retirement Former England captain … has" is a headline) */
const GUARDED_WINDOW = 5;

/** "admitted he had lied", "confirmed the plant would close", "concluded Acme could not": not "denied Republicans the votes" */
function guardedClause(v: SentenceView, k: number): boolean {
  const { toks, idx } = v;
  const t = toks[k];
  if (idx.objectLikePronouns.has(t.low)) return verbSoon(v, k + 1, 1, true);
  if (idx.subjectPronouns.has(t.low) || idx.firstPerson.has(t.low)) return !idx.stressedPronouns.has(t.low);
  // the verb comes after the phrase's head: "denied the claims, made in …", "denied Swift's claims" have none
  if ((idx.determiners.has(t.low) && !idx.timeWords.has(t.low)) || (t.cap && idx.contractions.has(t.low.split("'")[1] ?? ""))) return verbSoon(v, k + 2, GUARDED_WINDOW, true);
  if (t.cap) return verbSoon(v, k + 1, GUARDED_WINDOW, true);
  // "admitted mistakes were made": a bare noun, then an auxiliary
  const next = toks[k + 1];
  return t.word && !next.cap && !startsWithDigit(t.low) && !idx.auxiliaries.has(t.low) && !idx.passive.has(t.low) && !idx.breakers.has(t.low) && !idx.links.has(t.low) && !idx.verbAdverbs.has(t.low) && (idx.auxiliaries.has(next.low) || idx.passive.has(next.low));
}

/** An auxiliary, a modal or a cue verb within a few words, before any comma (finiteOnly: no gerund). */
export function verbSoon(v: SentenceView, from: number, within = 7, finiteOnly = false): boolean {
  const { toks, idx } = v;
  for (let k = from; k < v.end && k < from + within; k++) {
    const t = toks[k];
    if (t.low === "," || (!t.word && t.low !== "." && t.low !== "-" && t.low !== "'")) return false;
    const bare = t.low.split("'")[0];
    // finite only: "a letter asking Ottawa to call for …" (an infinitive), "its monitor and reported" (the
    // main clause's next verb) and "recovery than had been thought" (a comparison) hold no clause verb
    // ("added a premium that buyers will pay": the verb of a relative clause is not the clause's own)
    if ((finiteOnly || k > from) && (idx.complementizers.has(t.low) || idx.relativeSubjects.has(t.low))) return false;
    if (finiteOnly && (idx.subordinators.has(t.low) || idx.comparatives.has(t.low))) return false;
    // "denies Blackadder TV comeback The BBC has said": a capitalised article inside the run starts another sentence
    if (finiteOnly && k > from && t.cap && idx.articles.has(t.low)) return false;
    const finite = !finiteOnly || (finiteForm(v, k) && !idx.infinitiveGovernors.has(toks[k - 1].low));
    if (finiteOnly && k > from && idx.coordinators.has(toks[k - 1].low)) continue;
    // "the singer's claims": a cue form after a possessive is a noun
    if (finiteOnly && k - 1 >= v.start && possessive(v, k - 1)) continue;
    if (idx.auxiliaries.has(t.low) || idx.passive.has(t.low) || (idx.forms.has(t.low) && finite) || idx.negationWords.has(t.low) || (bare !== t.low && idx.subjectPronouns.has(bare))) return true;
    if (endsWithSuffix(t.low, idx.negationSuffixes)) return true;
  }
  return false;
}

/**
 * A cue form read as a verb here: not a noun after a determiner ("in a 2002 report that", "in an
 * email to AP that"), and with its particle when it needs one ("an investor conference call").
 */
export function verbHere(v: SentenceView, k: number): boolean {
  const { toks, idx } = v;
  const readings = idx.forms.get(toks[k].low);
  if (!readings) return false;
  for (let j = k - 1; j >= v.start && j >= k - 2; j--) if (idx.determiners.has(toks[j].low) || idx.articles.has(toks[j].low)) return false;
  return readings.some((c) => !c.particle || (k + 1 < v.end && toks[k + 1].low === c.particle.split(" ")[0]));
}

function gerundWord(idx: SentenceView["idx"], low: string): boolean {
  return endsWithSuffix(low, idx.participleSuffixes, 3);
}

/** "singer's": a word with a contracted ending that is not a pronoun's ("he's") */
function possessive(v: SentenceView, k: number): boolean {
  const [head, tail] = v.toks[k].low.split("'");
  return tail !== undefined && v.idx.contractions.has(tail) && !v.idx.subjectPronouns.has(head) && !v.idx.firstPerson.has(head);
}

/** a finite cue form, with its particle next when it needs one ("points" is no "point out" alone) */
function finiteForm(v: SentenceView, k: number): boolean {
  const next = v.toks[k + 1]?.low;
  return (v.idx.forms.get(v.toks[k].low) ?? []).some((c) => c.kind === "finite" && (!c.particle || c.particle.split(" ")[0] === next));
}

/** "Si elle affirme que …, le maire …": a subject right after a subordinating conjunction */
function subordinate(v: SentenceView, subject: Phrase): boolean {
  for (let k = subject.start - 1; k >= v.start && k >= subject.start - 2; k--) if (v.idx.subordinators.has(v.toks[k].low)) return true;
  return false;
}

function commaAfter(v: SentenceView, from: number, end: number): number {
  for (let k = from; k < end; k++) if (v.toks[k].low === "," && !v.pairAround(v.toks[k].start)) return k;
  return end;
}

/** the longest interposed phrase skipped after "that," */
const MAX_INTERPOSED = 20;

/**
 * "said that, according to the ministry, prices fell": the content starts after the comma, and
 * after an interposed source phrase, which names a source and is not said by the cue's subject.
 */
export function afterInterposed(v: SentenceView, k: number): number {
  const { toks } = v;
  if (k >= v.end || toks[k].low !== ",") return k;
  const from = k + 1;
  if (!markerAt(v, from)) return from;
  for (let j = from; j < v.end && j < from + MAX_INTERPOSED; j++) if (toks[j].low === "," && !v.pairAround(toks[j].start)) return j + 1;
  return from;
}

/** a hearer of "tell" is short: "reporters", "the court", "him", "Reuters" */
const MAX_HEARER = 3;

/** The token after a short hearer phrase right after the cue, or -1. */
export function hearerEnd(v: SentenceView, k: number): number {
  const { toks, idx } = v;
  if (k >= v.end || !toks[k].word) return -1;
  if (idx.stressedPronouns.has(toks[k].low) || idx.firstPerson.has(toks[k].low)) return k + 1;
  let j = k;
  if (idx.articles.has(toks[j].low)) j++;
  const head = j;
  // ("the United States": a capitalised cue form inside a name is no verb)
  while (j < v.end && j < head + MAX_HEARER && toks[j].word && !idx.breakers.has(toks[j].low) && !idx.links.has(toks[j].low) && !idx.determiners.has(toks[j].low) && !idx.complementizers.has(toks[j].low) && !idx.subjectPronouns.has(toks[j].low) && !(idx.forms.has(toks[j].low) && !toks[j].cap) && !idx.auxiliaries.has(toks[j].low)) j++;
  // "told the Antwerp Oils and Fats Contact Days “…”": a long capitalised name after an article runs to
  // its end when quoted words or "that" follow ("told Reuters IBC President Jorio Dauster has …" keeps three words)
  if (j === head + MAX_HEARER && head > k && toks[head].cap) {
    const e = capitalisedRunEnd(v, head);
    if (e > j && e < v.end && (v.pairOpeningAt(toks[e].start) || idx.complementizers.has(toks[e].low) || toks[e].low === ":" || toks[e].low === ",")) j = e;
  }
  return j > head ? j : -1;
}

/** After a capitalised word: the end of the name's run of capitalised words and the links or "and" between them. */
function capitalisedRunEnd(v: SentenceView, j: number): number {
  const { toks, idx } = v;
  let k = j;
  while (k < v.end) {
    const t = toks[k];
    if (t.word && t.cap) k++;
    else if ((idx.links.has(t.low) || idx.coordinators.has(t.low)) && k + 1 < v.end && toks[k + 1].cap && toks[k + 1].word) k += 2;
    else break;
  }
  return k;
}

/** A word a gerund can modify: a name or a plain word of no closed class ("Canada", "letter"). */
function nounBefore(v: SentenceView, k: number): boolean {
  const t = v.toks[k];
  const { idx } = v;
  if (k < v.start || !t.word || idx.breakers.has(t.low) || idx.links.has(t.low) || idx.coordinators.has(t.low) || idx.gerundIntroducers.has(t.low)) return false;
  if (idx.auxiliaries.has(t.low) || idx.passive.has(t.low) || idx.verbAdverbs.has(t.low) || idx.forms.has(t.low) || endsWithSuffix(t.low, idx.adverbSuffixes)) return false;
  return !idx.subjectPronouns.has(t.low) && !idx.stressedPronouns.has(t.low) && !idx.firstPerson.has(t.low);
}

/** After a hearer and time words: "to …" or "not to …" with a verb after "to"; the token it starts at, or -1. */
function infinitiveAt(v: SentenceView, h: number): number {
  const { toks, idx } = v;
  let k = h;
  while (k < v.end && idx.timeWords.has(toks[k].low)) k++;
  const from = k;
  if (k < v.end && idx.negationWords.has(toks[k].low)) k++;
  if (k + 1 >= v.end || !idx.infinitiveGovernors.has(toks[k].low)) return -1;
  const verb = toks[k + 1];
  return verb.word && !verb.cap && !idx.determiners.has(verb.low) && !idx.articles.has(verb.low) && !hasDigit(verb.low) ? from : -1;
}

/**
 * "a move the company said was needed", "the deficit, which the minister says is too high,": the cue
 * sits in a relative clause whose noun is the subject of the content, so a finite verb follows the
 * cue at once; the content is that verb's clause, and the speaker the relative clause's subject.
 */
function gapClause(v: SentenceView, g: CueGroup, subject: Phrase): Candidate | null {
  const { toks, idx } = v;
  const from = g.last + 1;
  if (!idx.zeroThat.has(g.lemma) || g.kind === "gerund" || g.kind === "infinitive" || from >= v.end) return null;
  if (toks[from].cap || !idx.gapVerbs.has(toks[from].low)) return null;
  const start = relativeClauseStart(v, subject);
  if (start < 0) return null;
  const relative = toks[start - 1];
  const pronoun = idx.objectRelatives.has(relative.low);
  // "What he said was true": a relative that opens a sentence is its subject, no report
  if (pronoun && (relative.cap || start - 1 === firstContentToken(v, v.start, v.end))) return null;
  // "…, what the book says is …" is the sentence's subject too; "is what it says is", "in what it says is" report
  if (idx.freeRelatives.has(relative.low) && !(start - 2 >= v.start && (verbLike(v, start - 2) || prepositionBefore(v, start - 2)))) return null;
  // "anticipated that his company's total claims would …": "that" after a verb is a complementizer
  if (pronoun && idx.complementizers.has(relative.low) && start - 2 >= v.start && verbLike(v, start - 2)) return null;
  // a clause with no relative pronoun ("a move the company said was …") only with "say", and a short subject
  if (!pronoun && (!idx.zeroThatAlways.has(g.lemma) || subject.end - start > 2 || coordinated(v, start, subject.end))) return null;
  let end = clauseEnd(v, from, []);
  // ", which the minister says is too high,": a clause set off by commas ends at the next one
  if (idx.objectRelatives.has(relative.low) && toks[start - 2]?.low === ",") end = Math.min(end, commaAfter(v, from, end));
  if (end <= from) return null;
  return build(v, toks[from].start, toks[end - 1].end, g, { ...subject, start }, 0.7);
}

/** a verb before "that": a past form, a cue form or an auxiliary */
function verbLike(v: SentenceView, k: number): boolean {
  const { toks, idx } = v;
  const t = toks[k];
  return !t.cap && (idx.forms.has(t.low) || idx.auxiliaries.has(t.low) || idx.passive.has(t.low) || endsWithSuffix(t.low, idx.pastSuffixes, 3));
}

function prepositionBefore(v: SentenceView, k: number): boolean {
  const { idx } = v;
  const low = v.toks[k].low;
  return idx.breakers.has(low) && !idx.determiners.has(low) && !idx.coordinators.has(low) && !idx.subordinators.has(low) && !idx.relativeSubjects.has(low) && !idx.complementizers.has(low);
}

function coordinated(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (v.idx.coordinators.has(v.toks[k].low)) return true;
  return false;
}

/**
 * Where the relative clause's subject starts: after a relative pronoun ("that the mayor"), or at a
 * second noun phrase with no link before it ("a move the company"); -1 when there is neither.
 */
function relativeClauseStart(v: SentenceView, p: Phrase): number {
  const { toks, idx } = v;
  for (let k = p.end; k >= p.start && k > v.start; k--) {
    const prev = toks[k - 1];
    if (idx.objectRelatives.has(prev.low)) return k;
    if (k > p.start && idx.articles.has(toks[k].low) && prev.word && !idx.links.has(prev.low) && !idx.determiners.has(prev.low) && !idx.breakers.has(prev.low)) return k;
  }
  return -1;
}

/** "Should the board tell him that …", "Did the minister say that …": an auxiliary before the subject asks or supposes */
function invertedQuestion(v: SentenceView, p: Phrase): boolean {
  const { toks, idx } = v;
  if (idx.auxiliaries.has(toks[p.start].low)) return true;
  // the auxiliary opens the clause: "That would be Heather, who …" is no question
  const k = p.start - 1;
  return k >= v.start && idx.auxiliaries.has(toks[k].low) && (k === v.start || !toks[k - 1].word);
}

const LETTER = /\p{L}/u;

/** "an income of £775, said analysts": a number is no subject */
function hasLetterWord(toks: Token[], p: Phrase): boolean {
  for (let k = p.start; k <= p.end; k++) if (toks[k].word && LETTER.test(toks[k].low)) return true;
  return false;
}
