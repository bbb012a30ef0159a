/**
 * Turns the cues of one sentence into quotes. Three frames:
 *  - incise: the cue follows its content, after a comma or a closing mark, with its subject
 *    inverted or after it ("« … », a-t-il déclaré", "…, a indiqué la police", "“…,” she said");
 *  - preposed: subject, cue, then "que/that", a colon and quote marks, or (for verbs that allow it)
 *    a clause with no "that" ("He said he would…");
 *  - source marker: "Selon X, …", "…, selon X", "According to X, …", "Pour X, …" (sentence start).
 * The content becomes direct when it is exactly one pair of marks, mixed when it holds marks,
 * indirect otherwise.
 */
import type { QuoteType } from "../doc.ts";
import type { CueIndex } from "./cue-index.ts";
import type { CueGroup } from "./cue-groups.ts";
import type { MarkPair } from "./marks.ts";
import type { Phrase } from "./phrases.ts";
import { phraseStartingAt, sentenceSubject, skipAdjuncts, subjectBefore } from "./phrases.ts";
import type { Token } from "./tokens.ts";
import { SpanSet } from "./span-set.ts";

export interface Candidate {
  start: number;
  end: number;
  type: QuoteType;
  cue: { start: number; end: number; lemma: string } | null;
  /** offsets of the speaker mention, or null */
  mention: { start: number; end: number; pronoun: boolean } | null;
  confidence: number;
  /** the pair a direct quote is made of */
  pair: MarkPair | null;
  /** the rest of a quote that its incise interrupted ("« A, a-t-il dit. B »") */
  tail?: Candidate;
  /** a quoted passage the narrator says ("“…,” I said"): not a quote, and no other rule may take it */
  suppress?: boolean;
}

export interface SentenceView {
  /** the document's text */
  text: string;
  toks: Token[];
  start: number;
  /** exclusive */
  end: number;
  idx: CueIndex;
  /** top-level pairs that open at or after `from` and close before `to` */
  pairsWithin: (from: number, to: number) => MarkPair[];
  /** the top-level pair whose content holds an offset, or null */
  pairAround: (offset: number) => MarkPair | null;
  pairClosingAt: (offset: number) => MarkPair | null;
  pairOpeningAt: (offset: number) => MarkPair | null;
}

/** a content clause longer than this many tokens is cut (a run-on or a page with no full stops) */
const MAX_CLAUSE = 250;

/** an incise subject before its verb ("“…,” the agency said") is a short phrase */
const MAX_INCISE_SUBJECT = 6;

/** no verb-like breaker inside: "Josh Earnest condemned the attack and" is no subject */
function nominalRun(v: SentenceView, p: Phrase): boolean {
  for (let k = p.start; k <= p.end; k++) {
    const t = v.toks[k];
    if (k > p.start && (v.idx.breakers.has(t.low) || v.idx.coordinators.has(t.low)) && !v.idx.links.has(t.low)) return false;
  }
  return !v.idx.coordinators.has(v.toks[p.end].low);
}

const TRAILING = new Set([".", ",", ";", ":", "!", "?", "…", "-", "—", "–"]);
const OPENING_MARKS = new Set(["«", '"', "‹", "\u201C", "\u201E", "\u2018"]);

export function sentenceQuotes(v: SentenceView, groups: CueGroup[]): Candidate[] {
  const out = new SpanSet<Candidate>();
  const live = groups.filter((g) => !g.negated && (!v.pairAround(v.toks[g.verb].start) || interruptingIncise(v, g)) && !nounUse(v, g));
  const markers = sourceMarkerQuotes(v, live);
  const free = live.filter((g) => !markers.some((m) => m.mention && m.mention.start <= v.toks[g.verb].start && v.toks[g.verb].start < m.mention.end));
  // incises first: "…, Moore said" must not be swallowed by an earlier cue's clause; each incise's
  // content starts after the previous one ("« A », a-t-il dit, « B », a-t-il ajouté")
  const taken = new Set<CueGroup>();
  let floor = v.start;
  for (const g of free) {
    const c = v.pairAround(v.toks[g.verb].start) ? interruptedQuote(v, g) : incise(v, g, floor);
    if (!c) continue;
    out.add(c);
    if (c.tail) out.add(c.tail);
    taken.add(g);
    floor = g.last + 1;
  }
  for (const g of free) {
    if (taken.has(g)) continue;
    const at = v.toks[g.verb].start;
    if (out.overlaps({ start: at, end: at + 1 }) || cueInside(out, at)) continue;
    const c = preposed(v, g, free);
    if (c) out.add(c);
  }
  for (const c of markers) out.add(c);
  return out.items;
}

/** "« C'est une étiquette, a expliqué le candidat. Je le crois. »": an incise inside the marks */
function interruptingIncise(v: SentenceView, g: CueGroup): boolean {
  if (g.kind !== "finite" && g.kind !== "participle") return false;
  if (v.toks[g.first - 1]?.low !== ",") return false;
  const p = postposedSubject(v, g);
  return !!p && p.kind !== "first-person" && (g.inverted >= 0 || p.kind === "np");
}

/** The quote before an interrupting incise, and the rest of the marks after the incise's sentence. */
function interruptedQuote(v: SentenceView, g: CueGroup): Candidate | null {
  const pair = v.pairAround(v.toks[g.verb].start)!;
  const subject = postposedSubject(v, g);
  const comma = v.toks[g.first - 1];
  const head = trimmedSpan(v.text, pair.open + 1, comma.start);
  if (!subject || head.end <= head.start) return null;
  const c: Candidate = { ...head, type: "direct", cue: cueOf(v, g), mention: mentionOf(v, subject), confidence: 0.85, pair };
  const from = tailStart(v, Math.max(g.last, subject.end) + 1, pair.close);
  if (from >= 0) {
    const tail = trimmedSpan(v.text, from, pair.close);
    if (tail.end > tail.start) c.tail = { ...c, ...tail, confidence: 0.8 };
  }
  return c;
}

/** Where the quote resumes after its incise: after the incise's full stop or its closing comma. */
function tailStart(v: SentenceView, from: number, close: number): number {
  for (let k = from; k < v.toks.length && v.toks[k].start < close; k++) {
    const t = v.toks[k];
    if (t.low === "." || t.low === "!" || t.low === "?" || t.low === ",") {
      const next = v.toks[k + 1];
      if (next && next.start < close && next.low === "(") {
        // "(...)": an elision mark of the journalist
        let j = k + 1;
        while (j < v.toks.length && v.toks[j].low !== ")" && v.toks[j].start < close) j++;
        return j + 1 < v.toks.length && v.toks[j + 1].start < close ? v.toks[j + 1].start : -1;
      }
      return next && next.start < close ? next.start : -1;
    }
  }
  return -1;
}

function trimmedSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

function cueInside(out: SpanSet<Candidate>, at: number): boolean {
  const prev = out.before(at + 1);
  return !!prev?.cue && prev.cue.start <= at && at < prev.cue.end;
}

function isPreposition(idx: CueIndex, low: string): boolean {
  return !idx.auxiliaries.has(low) && !idx.passive.has(low) && !idx.clitics.has(low) && !idx.negationParticles.has(low) &&
    !idx.negationWords.has(low) && !idx.complementizers.has(low) && !idx.relativeSubjects.has(low) && !idx.coordinators.has(low) &&
    !idx.subjectPronouns.has(low) && !idx.verbAdverbs.has(low) && !idx.timeWords.has(low) && !idx.reflexiveClitics.has(low);
}

/** "the reports", "a statement": a cue form after a determiner is a noun */
function nounUse(v: SentenceView, g: CueGroup): boolean {
  const { idx } = v;
  // "the Islamic State": a capitalised cue form inside a sentence is a name
  if (v.toks[g.verb].cap && g.verb > firstContentToken(v, v.start, v.end)) return true;
  const prev = v.toks[g.first - 1];
  if (g.first - 1 < v.start || !prev) return false;
  // "mocked Romney for claiming": a gerund after a preposition reports someone else's words
  if (g.kind === "gerund" && g.first === g.verb && !idx.gerundIntroducers.has(prev.low) && (idx.breakers.has(prev.low) || idx.links.has(prev.low)) && isPreposition(idx, prev.low)) return true;
  // "with objects", "of reports": a finite form right after a preposition is a noun
  if (g.kind === "finite" && g.first === g.verb && idx.breakers.has(prev.low) && isPreposition(idx, prev.low)) return true;
  if (idx.articles.has(prev.low) && !idx.clitics.has(prev.low)) return true;
  // "le manque de demande": a finite form right after a preposition is a noun
  return g.kind === "finite" && g.first === g.verb && idx.links.has(prev.low) && !idx.clitics.has(prev.low) && !idx.auxiliaries.has(prev.low) && !idx.coordinators.has(prev.low);
}


function cueOf(v: SentenceView, g: CueGroup) {
  const first = v.toks[g.first];
  const last = v.toks[g.inverted >= 0 && g.inverted > g.verb ? g.verb : g.last];
  return { start: first.start, end: Math.max(last.end, v.toks[g.verb].end), lemma: g.lemma };
}

function mentionOf(v: SentenceView, p: Phrase | null): Candidate["mention"] {
  if (!p || p.kind === "first-person") return null;
  return { start: v.toks[p.start].start, end: v.toks[p.end].end, pronoun: p.kind === "pronoun" };
}

/** A boundary right before the token: a comma, a closing mark or a dash. Returns its token index or -1. */
function boundaryBefore(v: SentenceView, i: number): number {
  const k = i - 1;
  if (k < v.start) return -1;
  const t = v.toks[k];
  if (t.low === "," || t.low === "—" || t.low === "–") return k;
  const pair = v.pairClosingAt(t.start);
  // "les « gilets jaunes » réclament": a short label in a noun phrase is no quote to attribute
  if (pair && (wordsBetween(v.toks, pair.open, pair.close) >= 3 || !precededByWord(v, pair.open))) return k;
  return -1;
}

/** Is the token before an offset (in the sentence) a word? */
function precededByWord(v: SentenceView, offset: number): boolean {
  const k = tokenAtOrAfter(v.toks, offset) - 1;
  return k >= v.start && v.toks[k].word;
}

/** The subject after an inverted or postposed cue: "-t-il", "le ministre", "-t-on à la FGTB". */
function postposedSubject(v: SentenceView, g: CueGroup): Phrase | null {
  const { toks, idx } = v;
  if (g.inverted >= 0) {
    if (idx.impersonal.has(toks[g.inverted].low)) {
      const j = g.last + 1;
      if (j < v.end && idx.breakers.has(toks[j].low)) return phraseStartingAt(toks, j + 1, v.end, idx, true);
      return null;
    }
    return { start: g.inverted, end: g.inverted, kind: "pronoun" };
  }
  const j = skipAdjuncts(toks, g.last + 1, v.end, idx);
  if (j < v.end && (idx.complementizers.has(toks[j].low) || toks[j].low === ":")) return null;
  const p = phraseStartingAt(toks, j, v.end, idx, false);
  if (!p) return null;
  // the phrase must close the clause: end of sentence, a comma, a mark, or an adjunct ("said he believed" is no inversion)
  if (p.start === p.end && idx.stressedPronouns.has(toks[p.start].low) && !idx.subjectPronouns.has(toks[p.start].low)) return null;
  const after = toks[p.end + 1];
  if (after && (after.low === ":" || v.pairOpeningAt(after.start))) return null;
  if (after && idx.verbAdverbs.has(after.low)) return null;
  if (p.end + 1 >= v.end || !after.word || idx.timeWords.has(after.low)) return p;
  if (idx.breakers.has(after.low) && !idx.auxiliaries.has(after.low) && !idx.passive.has(after.low) && !idx.forms.has(after.low)) return p;
  return null;
}

function incise(v: SentenceView, g: CueGroup, floor: number): Candidate | null {
  const { toks, idx } = v;
  if (g.kind === "gerund" || g.kind === "infinitive" || complementizerAhead(v, g)) return null;
  let boundary = boundaryBefore(v, g.first);
  let subject: Phrase | null = null;
  const before = subjectBefore(toks, g.first, v.start, idx);
  // "Pat Vanini, executive director of …, said …": the whole stretch before the cue is its subject
  if (before && before.start === firstContentToken(v, v.start, g.first) && before.kind === "np") return null;
  if (boundary >= 0) subject = postposedSubject(v, g);
  if (!subject) {
    if (!idx.inciseSubjectFirst) return null;
    // "“…,” Essid declared", "…, officials said": subject between the boundary and the cue
    const s = subjectBefore(toks, g.first, v.start, idx);
    if (!s || s.end - s.start > MAX_INCISE_SUBJECT || !nominalRun(v, s)) return null;
    boundary = boundaryBefore(v, s.start);
    if (boundary < 0 || !clauseEndsAfter(v, g)) return null;
    subject = s;
  }
  const narrator = subject.kind === "first-person";
  if (boundary <= v.start && !v.pairClosingAt(toks[boundary].start)) return null;
  const regionEnd = v.pairClosingAt(toks[boundary].start) ? toks[boundary].end : toks[boundary].start;
  if (boundary < floor) return null;
  let regionStart = firstContentToken(v, floor, boundary);
  if (regionStart < 0) return null;
  // "… Washington, D.C. “I love …,” she says": a closing mark whose pair follows a full stop or colon
  const closing = v.pairClosingAt(toks[boundary].start) ?? (boundary > v.start ? v.pairClosingAt(toks[boundary - 1].start) : null);
  if (closing && closing.open > toks[regionStart].start) {
    const k = tokenAtOrAfter(toks, closing.open) - 1;
    if (k >= v.start && (toks[k].low === "." || toks[k].low === ":" || toks[k].low === "?" || toks[k].low === "!")) regionStart = k + 1;
    // "Puis « … », a-t-il ajouté": only sentence adverbs before the marks
    else if (onlyOpeners(v, regionStart, k)) regionStart = k + 1;
  }
  // "Et, a-t-il déploré, l'impact frappe…": nothing but a conjunction before the incise; the content follows it
  if (onlyOpeners(v, regionStart, boundary - 1)) return contentAfterIncise(v, g, subject, floor);
  const opened = v.pairAround(toks[regionStart].start);
  const start = opened && opened.close < regionEnd ? opened.open : toks[regionStart].start;
  const c = build(v, start, regionEnd, g, subject, 0.9);
  return c && narrator ? { ...c, suppress: true } : c;
}

/** A "que"/"that" after the cue before any comma: the cue opens a content clause, it is no incise. */
function complementizerAhead(v: SentenceView, g: CueGroup): boolean {
  const { toks, idx } = v;
  for (let k = g.last + 1; k < v.end && k < g.last + 20; k++) {
    const t = toks[k];
    if (t.low === "," || t.low === "." || v.pairOpeningAt(t.start)) return false;
    if (idx.complementizers.has(t.low) && !idx.complementizerBlockers.has(toks[k - 1].low)) return true;
  }
  return false;
}

/** After the cue and its adjuncts, nothing but the end of the sentence or a comma: no content clause. */
function clauseEndsAfter(v: SentenceView, g: CueGroup): boolean {
  const { toks, idx } = v;
  const next = toks[g.last + 1];
  if (g.last + 1 >= v.end || next.low === "," || (!next.word && !OPENING_MARKS.has(next.low) && next.low !== ":")) return true;
  let j = skipAdjuncts(toks, g.last + 1, v.end, idx);
  // "she told reporters.": the hearer of a telling verb
  if (idx.hearer.has(g.lemma)) {
    const h = j;
    while (j < v.end && j < h + 3 && toks[j].word && !idx.complementizers.has(toks[j].low)) j++;
  }
  if (j >= v.end) return true;
  const t = toks[j];
  if (idx.complementizers.has(t.low) || t.low === ":" || OPENING_MARKS.has(t.low)) return false;
  if (t.low === "," || (!t.word && !OPENING_MARKS.has(t.low))) return true;
  // "she said of herself", "he told reporters." : a short tail before the end
  if (!idx.breakers.has(t.low) && !idx.links.has(t.low)) return false;
  for (let k = j; k < v.end && k < j + 9; k++) if (toks[k].low === "," || toks[k].low === ".") return !idx.complementizers.has(toks[k + 1]?.low ?? "");
  return false;
}

function contentAfterIncise(v: SentenceView, g: CueGroup, subject: Phrase, floor: number): Candidate | null {
  const after = Math.max(g.last, subject.end) + 1;
  if (after >= v.end || v.toks[after].low !== "," || after + 1 >= v.end || floor > g.first) return null;
  const end = clauseEnd(v, after + 1, []);
  return end > after + 1 ? build(v, v.toks[after + 1].start, v.toks[end - 1].end, g, subject, 0.8) : null;
}

function onlyOpeners(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (v.toks[k].low !== "," && !v.idx.clauseOpeners.has(v.toks[k].low)) return false;
  return true;
}

function firstContentToken(v: SentenceView, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const t = v.toks[k];
    if (t.word || OPENING_MARKS.has(t.low) || v.pairOpeningAt(t.start)) return k;
  }
  return -1;
}

function preposed(v: SentenceView, g: CueGroup, groups: CueGroup[]): Candidate | null {
  const { toks, idx } = v;
  let subject: Phrase | null;
  const before = toks[g.first - 1];
  if (g.kind === "gerund" || g.kind === "infinitive" || (before && idx.coordinators.has(before.low))) subject = sentenceSubject(toks, v.start, g.first, idx);
  else subject = subjectBefore(toks, g.first, v.start, idx);
  if (g.inverted >= 0 && !subject) subject = { start: g.inverted, end: g.inverted, kind: "pronoun" };
  if (!subject || subject.kind === "first-person") return null;
  const content = contentStart(v, g);
  if (!content) return null;
  if (content.pair) {
    const after = nextWordAfter(v, content.pair.close);
    const closeTok = tokenAtOrAfter(toks, content.pair.close);
    const endsClause = after < 0 || toks[closeTok + 1]?.low === "," || toks[closeTok - 1]?.low === ",";
    if (endsClause) return build(v, content.pair.open, content.pair.close + 1, g, subject, 0.9);
  }
  const end = clauseEnd(v, content.from, groups);
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


/** The first word token after an offset in the sentence, or -1 when only punctuation follows. */
function nextWordAfter(v: SentenceView, offset: number): number {
  for (let k = tokenAtOrAfter(v.toks, offset + 1); k < v.end; k++) if (v.toks[k].word) return k;
  return -1;
}

interface ContentStart {
  from: number;
  pair: MarkPair | null;
  /** no content clause: the content is the cue's object up to its last quoted words */
  untilPair?: boolean;
}

/** Where the reported content begins after a preposed cue: after "que", a colon, at a mark, or a bare clause. */
function contentStart(v: SentenceView, g: CueGroup): ContentStart | null {
  const { toks, idx } = v;
  let objectSeen = false;
  const zeroThat = idx.zeroThat.has(g.lemma);
  for (let k = g.last + 1; k < v.end && k < g.last + 18; k++) {
    const t = toks[k];
    if (idx.complementizers.has(t.low)) {
      if (idx.complementizerBlockers.has(toks[k - 1].low) && k - 1 > g.last) return null;
      return k + 1 < v.end ? { from: k + 1, pair: v.pairOpeningAt(toks[k + 1].start) } : null;
    }
    const pair = v.pairOpeningAt(t.start);
    if (pair) return { from: k, pair, untilPair: onlyPunctuationBetween(v, g.last + 1, k) && wordsBetween(toks, pair.open, pair.close) >= 2 };
    if (t.low === ":") continue;
    if (t.low === ";" || t.low === "." || t.low === "?" || t.low === "!") return null;
    if (v.pairAround(t.start)) return null;
    if (idx.forms.has(t.low) && k > g.last + 1) return null;
    if (k === g.last + 1 && zeroThat && startsClause(v, k, idx.zeroThatAlways.has(g.lemma))) return { from: k, pair: null };
    if (t.low === "," || idx.timeWords.has(t.low) || /^\d/.test(t.low)) continue;
    if (idx.determiners.has(t.low) && !idx.links.has(toks[k - 1].low) && !(idx.breakers.has(toks[k - 1].low) && !idx.clitics.has(toks[k - 1].low))) {
      // a direct object: only the hearer of "tell", "prévenir", "assure" may stand here
      if (!idx.hearer.has(g.lemma) || objectSeen) return remainderWithMarks(v, k);
      objectSeen = true;
      continue;
    }
    if (idx.breakers.has(t.low) || idx.clitics.has(t.low) || idx.verbAdverbs.has(t.low)) continue;
  }
  return null;
}

function onlyPunctuationBetween(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (v.toks[k].word) return false;
  return true;
}

/** "a dénoncé une réforme « injuste »": no clause, but quoted words in the rest of the sentence. */
function remainderWithMarks(v: SentenceView, k: number): ContentStart | null {
  for (let j = k; j < v.end; j++) {
    const p = v.pairOpeningAt(v.toks[j].start);
    if (p && wordsBetween(v.toks, p.open, p.close) >= 2) return { from: k, pair: null, untilPair: true };
  }
  return null;
}

/** "He said he would", "She said the government…": a subject opens right after the cue. */
function startsClause(v: SentenceView, k: number, articleOk: boolean): boolean {
  const t = v.toks[k];
  const next = v.toks[k + 1];
  if (!next || !next.word) return false;
  const { idx } = v;
  const bare = t.low.split("'")[0];
  if (idx.subjectPronouns.has(bare) || idx.firstPerson.has(bare) || idx.firstPerson.has(t.low)) return true;
  // "said the repairs would take weeks" but not "added a premium for the expansion": a verb soon
  if (idx.determiners.has(t.low) && !idx.timeWords.has(t.low)) return articleOk || verbSoon(v, k + 1);
  if (t.cap) return !idx.timeWords.has(t.low) && !idx.breakers.has(t.low);
  // "said demand remained strong": a bare plural or mass noun, then a verb
  const plain = (x: Token) => x.word && !x.cap && !idx.breakers.has(x.low) && !idx.links.has(x.low) && !idx.timeWords.has(x.low) && !idx.verbAdverbs.has(x.low) && !idx.auxiliaries.has(x.low);
  return plain(t) && plain(next) && !idx.determiners.has(next.low);
}

/** An auxiliary, a modal or a cue verb within a few words, before any comma. */
function verbSoon(v: SentenceView, from: number): boolean {
  const { toks, idx } = v;
  for (let k = from; k < v.end && k < from + 7; k++) {
    const t = toks[k];
    if (t.low === "," || (!t.word && t.low !== "." && t.low !== "-" && t.low !== "'")) return false;
    const bare = t.low.split("'")[0];
    if (idx.auxiliaries.has(t.low) || idx.passive.has(t.low) || idx.forms.has(t.low) || idx.negationWords.has(t.low) || (bare !== t.low && idx.subjectPronouns.has(bare))) return true;
    if (idx.negationSuffixes.some((x) => t.low.endsWith(x))) return true;
  }
  return false;
}

/** The clause ends at the sentence end, or before a later incise cue, a gerund cue or ", selon X". */
function clauseEnd(v: SentenceView, from: number, groups: CueGroup[]): number {
  const { toks, idx } = v;
  const limit = Math.min(v.end, from + MAX_CLAUSE);
  for (const g of groups) {
    if (g.first <= from) continue;
    if (g.first >= limit) break;
    const prev = toks[g.first - 1];
    if (prev && idx.coordinators.has(prev.low) && complementizerAhead(v, g)) return g.first - 1;
    if (prev?.low !== ",") continue;
    if (g.kind === "gerund" || g.inverted >= 0 || postposedSubject(v, g)) return g.first - 1;
  }
  for (let k = from; k < limit; k++) {
    // a colon or semicolon opens another clause, unless quoted words follow the colon
    if (toks[k].low === ";" || (toks[k].low === ":" && k + 1 < v.end && !v.pairOpeningAt(toks[k + 1].start))) return k;
    if (toks[k].low !== ",") continue;
    if (markerAt(v, k + 1)) return k;
  }
  return limit;
}

function markerAt(v: SentenceView, k: number): number {
  for (const m of v.idx.sourceMarkers) {
    let ok = true;
    for (let i = 0; i < m.length; i++) if (k + i >= v.end || v.toks[k + i].low !== m[i]) { ok = false; break; }
    if (ok) return m.length;
  }
  return 0;
}

/** Index of the first token starting at or after an offset. */
export function tokenAtOrAfter(toks: Token[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of word tokens between two offsets. */
export function wordsBetween(toks: Token[], from: number, to: number): number {
  let n = 0;
  for (let k = tokenAtOrAfter(toks, from); k < toks.length && toks[k].start < to; k++) if (toks[k].word) n++;
  return n;
}

function build(v: SentenceView, start: number, end: number, g: CueGroup | null, subject: Phrase | null, confidence: number): Candidate | null {
  const toks = v.toks;
  let e = end;
  // drop trailing punctuation that is not a closing mark
  let k = tokenAtOrAfter(toks, end) - 1;
  while (k >= 0 && toks[k].start >= start && toks[k].end === e && TRAILING.has(toks[k].low) && !v.pairClosingAt(toks[k].start)) {
    k--;
    e = k >= 0 && toks[k].start >= start ? toks[k].end : start;
  }
  if (e <= start) return null;
  const inner = v.pairsWithin(start, e);
  let type: QuoteType = inner.length ? "mixed" : "indirect";
  let s = start;
  let pair: MarkPair | null = null;
  if (inner.length === 1 && inner[0].open === start && inner[0].close === e - 1) {
    pair = inner[0];
    type = "direct";
    s = pair.open + 1;
    e = pair.close;
    while (s < e && /\s/.test(v.text[s])) s++;
    while (e > s && /\s/.test(v.text[e - 1])) e--;
  }
  return {
    start: s,
    end: e,
    type,
    cue: g ? cueOf(v, g) : null,
    mention: mentionOf(v, subject),
    confidence: type === "direct" ? confidence : Math.min(confidence, type === "mixed" ? 0.8 : 0.75),
    pair,
  };
}

/** "Selon X, …", "…, selon X.", "According to X, …", "Pour X, …" */
function sourceMarkerQuotes(v: SentenceView, groups: CueGroup[]): Candidate[] {
  const { toks, idx } = v;
  const out: Candidate[] = [];
  const first = firstContentToken(v, v.start, v.end);
  for (let k = v.start; k < v.end; k++) {
    if (!idx.markerFirstWords.has(toks[k].low)) continue;
    if (v.pairAround(toks[k].start)) continue;
    const atStart = first === k || (k > v.start && idx.clauseOpeners.has(toks[k - 1].low) && first === k - 1);
    let len = markerAt(v, k);
    if (!len && atStart) len = initialMarkerAt(v, k);
    if (!len) continue;
    const source = phraseStartingAt(toks, k + len, v.end, idx, true, !atStart);
    if (!source || !isSource(v, source)) continue;
    const after = source.end + 1;
    if (atStart && after < v.end && toks[after].low === ",") {
      const end = clauseEnd(v, after + 1, groups);
      const c = after + 1 < end ? build(v, toks[after + 1].start, toks[end - 1].end, null, source, 0.7) : null;
      if (c) out.push(markerCue(v, c, k, len));
    } else if (!atStart && toks[k - 1]?.low === ",") {
      const first = firstContentToken(v, v.start, k - 1);
      const c = first >= 0 ? build(v, toks[first].start, toks[k - 1].start, null, source, 0.7) : null;
      if (c) out.push(markerCue(v, c, k, len));
    }
  }
  return out;
}

function initialMarkerAt(v: SentenceView, k: number): number {
  for (const m of v.idx.initialSourceMarkers) {
    let ok = true;
    for (let i = 0; i < m.length; i++) if (k + i >= v.end || v.toks[k + i].low !== m[i]) { ok = false; break; }
    if (ok) return m.length;
  }
  return 0;
}

function markerCue(v: SentenceView, c: Candidate, k: number, len: number): Candidate {
  const start = v.toks[k].start;
  const end = v.toks[k + len - 1].end;
  return { ...c, cue: { start, end, lemma: v.toks.slice(k, k + len).map((t) => t.low).join(" ").replace("' ", "'") } };
}

/** A source is a pronoun, a name (a capital inside), or a phrase headed by a source noun. */
function isSource(v: SentenceView, p: Phrase): boolean {
  const { toks, idx } = v;
  if (p.kind === "first-person") return false;
  if (p.kind === "pronoun") return true;
  if (idx.notSources.has(toks[p.start].low)) return false;
  for (let k = p.start; k <= p.end; k++) {
    if (k > p.start && toks[k].cap) return true;
    if (k === p.start && toks[k].cap && !idx.determiners.has(toks[k].low)) return true;
    if (idx.sourceNouns.has(toks[k].low)) return true;
  }
  return false;
}
