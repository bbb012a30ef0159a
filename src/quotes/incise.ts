/**
 * Incise frame: the cue follows its content after a comma or a closing mark ("« … », a-t-il déclaré",
 * "…, a indiqué la police", "“…,” she said"), or interrupts the marks ("« A, a-t-il dit. B »").
 */
import type { CueGroup } from "./cue-groups.ts";
import type { Phrase } from "./phrases.ts";
import { skipAdjuncts, subjectBefore } from "./phrases.ts";
import { MAX_INCISE_SUBJECT, boundaryBefore, nominalRun, postposedSubject } from "./attribution.ts";
import { build, clauseEnd, complementizerAhead } from "./content.ts";
import type { Candidate, SentenceView } from "./view.ts";
import { OPENING_MARKS, cueOf, firstContentToken, mentionOf, onlyOpeners, tokenAtOrAfter, trimmedSpan, wordsBetween } from "./view.ts";

export function incise(v: SentenceView, g: CueGroup, floor: number): Candidate | null {
  const { toks, idx } = v;
  if (g.kind === "gerund" || g.kind === "infinitive" || complementizerAhead(v, g)) return null;
  let boundary = boundaryBefore(v, g.first);
  let subject: Phrase | null = null;
  const before = subjectBefore(toks, g.first, v.start, idx);
  // "Dana Reyes, executive director of …, said …": the whole stretch before the cue is its subject
  // unless a name closes the clause after the cue ("Sales tripled last year, said Ana Ruiz, CEO of …")
  if (before && before.start === firstContentToken(v, v.start, g.first) && before.kind === "np" && (!closingName(v, g) || namedApposition(v, before))) return null;
  if (boundary >= 0) subject = postposedSubject(v, g);
  if (!subject) {
    if (!idx.inciseSubjectFirst) return null;
    // "“…,” Essid declared", "…, officials said": subject between the boundary and the cue
    const s = before;
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
  regionStart = afterOpenParenthesis(v, regionStart, boundary);
  // "As a phone rang, the announcer said, “…”": a subordinate clause before a cue that opens marks is the narrator's
  if (framesOnly(v, regionStart, g, subject)) return null;
  const opened = v.pairAround(toks[regionStart].start);
  const start = opened && opened.close < regionEnd ? opened.open : toks[regionStart].start;
  const c = build(v, start, regionEnd, g, subject, 0.9);
  if (c && !narrator && c.type === "indirect" && tailOpens(v, Math.max(g.last, subject.end) + 2, subject.end < g.first)) {
    const tail = contentAfterIncise(v, g, subject, floor, MIN_TAIL_WORDS);
    if (tail) c.tail = tail;
  }
  return c && narrator ? { ...c, suppress: true } : c;
}

/** "… (and yes, winter sales are real, says Moore": the content starts inside a parenthesis left open */
export function afterOpenParenthesis(v: SentenceView, from: number, boundary: number): number {
  let start = from;
  for (let k = from; k < boundary; k++) {
    if (v.toks[k].low === "(") start = k + 1;
    else if (v.toks[k].low === ")") start = from;
  }
  return start < boundary ? start : from;
}

/**
 * The rest after a mid-sentence incise is content when it opens with a plain lower-case word: not an
 * apposition of the speaker ("CEO and founder of …", "the head of …"), a quote of its own, or the
 * narrator's own coordinated clause ("and as employees worry …").
 */
export function tailOpens(v: SentenceView, k: number, subjectFirst: boolean): boolean {
  const t = v.toks[k];
  if (k >= v.end || !t || !t.word || t.cap) return false;
  const { idx } = v;
  // "Too often, Mr. Clarke said, the debate …": after "X said," no apposition can follow
  return (subjectFirst || (!idx.determiners.has(t.low) && !idx.articles.has(t.low))) && !idx.coordinators.has(t.low) && !idx.subordinators.has(t.low) && !idx.gerundIntroducers.has(t.low);
}

/** "It is common, he explains, for a client to …": the content goes on after a mid-sentence incise */
const MIN_TAIL_WORDS = 4;

/** After the cue and its adjuncts, nothing but the end of the sentence or a comma: no content clause. */
export function clauseEndsAfter(v: SentenceView, g: CueGroup): boolean {
  const { toks, idx } = v;
  const next = toks[g.last + 1];
  // "a step the board said was overdue": a finite verb right after the cue opens its content
  if (g.last + 1 < v.end && !next.cap && idx.gapVerbs.has(next.low) && idx.zeroThat.has(g.lemma)) return false;
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
  // "said in a news release.": the rest of a compound noun before the end
  if (plainTail(v, j)) return true;
  // "she said of herself", "he told reporters." : a short tail before the end
  if (!idx.breakers.has(t.low) && !idx.links.has(t.low)) return false;
  for (let k = j; k < v.end && k < j + 9; k++) if (toks[k].low === "," || toks[k].low === ".") return !idx.complementizers.has(toks[k + 1]?.low ?? "");
  return false;
}

/** the longest compound-noun tail after an adjunct ("news release", "press conference call") */
const MAX_NOUN_TAIL = 3;

/** At most a few lower-case plain words, then the end of the sentence or a comma. */
function plainTail(v: SentenceView, j: number): boolean {
  const { toks, idx } = v;
  // the adjunct before ends in a determiner and a noun ("in a news"), not an infinitive ("to fund it")
  if (j < 2 || !idx.determiners.has(toks[j - 2].low)) return false;
  for (let k = j; k < v.end && k <= j + MAX_NOUN_TAIL; k++) {
    const t = toks[k];
    if (t.low === "," || t.low === "." || t.low === "!" || t.low === "?") return k > j;
    // "call" is a cue only with its particle ("call on")
    const verb = (idx.forms.get(t.low) ?? []).some((c) => !c.particle || c.particle.split(" ")[0] === toks[k + 1]?.low);
    if (!t.word || t.cap || idx.breakers.has(t.low) || idx.links.has(t.low) || idx.determiners.has(t.low) || verb || idx.complementizers.has(t.low)) return false;
  }
  return j + MAX_NOUN_TAIL >= v.end - 1 && j < v.end;
}

export function contentAfterIncise(v: SentenceView, g: CueGroup, subject: Phrase, floor: number, minWords = 1): Candidate | null {
  if (subject.kind === "first-person") return null;
  const after = Math.max(g.last, subject.end) + 1;
  if (after >= v.end || v.toks[after].low !== "," || after + 1 >= v.end || floor > g.first) return null;
  // "…, said Smith, adding that …": another cue takes the rest
  if (v.idx.forms.has(v.toks[after + 1].low)) return null;
  const end = clauseEnd(v, after + 1, []);
  if (end <= after + 1 || wordsBetween(v.toks, v.toks[after + 1].start, v.toks[end - 1].end) < minWords) return null;
  return build(v, v.toks[after + 1].start, v.toks[end - 1].end, g, subject, 0.8);
}

/** "« C'est une étiquette, a expliqué le candidat. Je le crois. »": an incise inside the marks */
export function interruptingIncise(v: SentenceView, g: CueGroup): boolean {
  if (g.kind !== "finite" && g.kind !== "participle") return false;
  if (v.toks[g.first - 1]?.low !== ",") return false;
  const p = postposedSubject(v, g);
  return !!p && p.kind !== "first-person" && (g.inverted >= 0 || p.kind === "np");
}

/** The quote before an interrupting incise, and the rest of the marks after the incise's sentence. */
export function interruptedQuote(v: SentenceView, g: CueGroup): Candidate | null {
  const pair = v.pairAround(v.toks[g.verb].start)!;
  const subject = postposedSubject(v, g);
  const comma = v.toks[g.first - 1];
  const head = trimmedSpan(v.text, pair.open + 1, comma.start);
  if (!subject || head.end <= head.start) return null;
  const c: Candidate = { ...head, type: "direct", cue: cueOf(v, g), mention: mentionOf(v, subject), confidence: 0.85, pair, paragraph: -1 };
  const from = tailStart(v, Math.max(g.last, subject.end) + 1, pair.close);
  if (from >= 0) {
    const tail = trimmedSpan(v.text, from, pair.close);
    if (tail.end > tail.start) c.tail = { ...c, ...tail, confidence: 0.8 };
  }
  return c;
}

/** Where the quote resumes after its incise: after the incise's full stop or its closing comma. */
export function tailStart(v: SentenceView, from: number, close: number): number {
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

/** ", said Ana Ruiz." / ", said Ana Ruiz, CEO of …": after a comma, a postposed subject that ends the sentence or a clause */
export function closingName(v: SentenceView, g: CueGroup): boolean {
  if (v.toks[g.first - 1]?.low !== ",") return false;
  const p = postposedSubject(v, g);
  if (!p) return false;
  const after = v.toks[p.end + 1];
  return p.end + 1 >= v.end || !after.word;
}

/**
 * "The head of the party, Rachid Amari, condemned the attack": a phrase and then a name set off by
 * commas is the cue's subject (not "Two directors, Ann Lee and Bo Park, remain defendants, said …").
 */
export function namedApposition(v: SentenceView, p: Phrase): boolean {
  let last = -1;
  for (let k = p.start; k <= p.end; k++) if (v.toks[k].low === ",") last = k;
  return last >= 0 && last < p.end && v.toks[last + 1].cap && v.toks[last + 1].word;
}

/** The stretch before the incise opens with a subordinator, and quoted words follow the cue and a comma. */
export function framesOnly(v: SentenceView, regionStart: number, g: CueGroup, subject: Phrase): boolean {
  const { toks, idx } = v;
  const first = toks[regionStart];
  if (!first || !(idx.subordinators.has(first.low) || idx.gerundIntroducers.has(first.low))) return false;
  const after = Math.max(g.last, subject.end) + 1;
  return after + 1 < v.end && toks[after].low === "," && !!v.pairOpeningAt(toks[after + 1].start);
}
