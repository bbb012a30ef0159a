/**
 * Completes each quote's raw attribution (left by the quote stage) into a resolved speaker:
 * a name in the mention → its entity (explicit, or alias for a shorter form); a pronoun → the
 * salient compatible entity before it; a role description → its entity (nominal); a group or an
 * organisation → an entity of its own. A quote with no attribution right after a quote by a
 * known speaker continues it.
 */
import { paragraphAt, type Quote, type QuoteSpeaker, type Resolution, type SpeakerKind } from "../doc.ts";
import { foldCached as fold } from "./folding.ts";
import { BoundedMemo } from "../bounded-memo.ts";
import { classOf, LETTER_OR_DIGIT, SPACE, SURROGATE_UNIT } from "../char-classes.ts";
import { addMention, isPersonName, type Article } from "./article.ts";
import { hasHyphen } from "./tokens.ts";
import { canonical, type Cluster } from "./clusters.ts";
import type { NameCandidate } from "./names.ts";
import { bestAntecedent } from "./salience.ts";
import { widenGroupMention } from "./group-mentions.ts";
import { resolveDescription } from "./descriptions.ts";
import { splitWords } from "./lexicon.ts";
import { firstAtOrAfter, firstStartingIn, inStartOrder, overlapping, startingIn } from "./sorted.ts";

const SINGULAR_PERSON = new Set<SpeakerKind>(["person", "unknown"]);
const PERSON_ONLY = new Set<SpeakerKind>(["person"]);
/** "the company" may point at a name not known to be an organisation ("Northwind Energy") but never at a person */
const ORG_ANTECEDENTS = new Set<SpeakerKind>(["organization", "unknown"]);
const PLURAL_SOURCES = new Set<SpeakerKind>(["group", "organization"]);
const NEUTER_SOURCES = new Set<SpeakerKind>(["organization"]);
/** "the company" looks this many sentences back for the organisation */
const ORG_WINDOW = 6;
/** a pronoun looks this many sentences back */
const PRONOUN_WINDOW = 5;
/** names and role descriptions are never longer than this (words are bounded), so overlap searches can start this far back */
const MAX_SPAN = 400;
/** a continuation may skip at most this many characters of narration (more inside one paragraph) */
const CONTINUATION_GAP = 200;
const PARAGRAPH_CONTINUATION_GAP = 500;

interface Resolved {
  cluster: Cluster;
  resolution: Resolution;
}

/** Resolves every quote's speaker in text order, so "the last speaker" is known at each quote. */
export function resolveQuoteSpeakers(a: Article, quotes: Quote[]): void {
  const order: number[] = [];
  for (let i = 0; i < quotes.length; i++) order.push(i);
  if (!inStartOrder(quotes)) order.sort((x, y) => quotes[x].start - quotes[y].start);
  let lastSpeaker: Cluster | null = null;
  // the sentence where the last speaker's quote ends (found once per quote that has a speaker, not at every quote;
  // read only once there is a last speaker, who is set together with it)
  let lastSpokeSentence = -1;
  let previous: Quote | null = null;
  const keyed = new Map<string, Cluster>();
  // "“I …,” Demi said" anywhere in the article makes Demi a person for every pronoun, also earlier ones
  // (index loops: a for-of makes an iterator result per step until the code is optimised)
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k];
    const named = q.speaker ? namedSpeaker(a, q.speaker) : null;
    if (named) learnPerson(a, q, a.nameCluster.get(named)!);
  }
  for (let k = 0; k < order.length; k++) {
    const q = quotes[order[k]];
    // the last speaker is in focus only while the pronoun window still reaches their quote
    const recent = lastSpeaker && sentenceOf(a, q.start) - lastSpokeSentence <= PRONOUN_WINDOW ? lastSpeaker : null;
    q.speaker = speakerOf(a, q, previous, recent, keyed);
    if (q.speaker?.entity != null) learnPerson(a, q, a.clusters.all[q.speaker.entity]);
    if (q.speaker?.entity != null && q.speaker.resolution !== "continuation") {
      lastSpeaker = a.clusters.all[q.speaker.entity];
      lastSpeaker.speaks = true;
    }
    if (q.speaker?.entity != null) lastSpokeSentence = sentenceOf(a, q.end);
    previous = q;
  }
}

/** The name that is the whole raw mention ("Demi" in "“…,” Demi said"), if any. */
function namedSpeaker(a: Article, raw: QuoteSpeaker): NameCandidate | null {
  if (raw.mentionStart == null || raw.mentionEnd == null) return null;
  const n = firstStartingIn(a.names, raw.mentionStart, raw.mentionStart + 1);
  return n && n.end === raw.mentionEnd ? n : null;
}

/**
 * "“I was scared,” Colton said": whoever says "I" in quotation marks is a person, so a bare
 * name not known as a first name ("Colton") can then be the antecedent of "he" or "she".
 */
function learnPerson(a: Article, q: Quote, c: Cluster): void {
  if (c.kind !== "unknown" || q.type !== "direct" || c.keys.length === 0) return;
  for (let i = tokenIndex(a, q.start); i < a.tokens.length && a.tokens[i].end <= q.end; i++) {
    const p = a.w.pronouns.get(a.tokens[i].lower);
    if (p && p.person === 1 && p.number === "sg") {
      c.kind = "person";
      return;
    }
  }
}

function speakerOf(a: Article, q: Quote, previous: Quote | null, lastSpeaker: Cluster | null, keyed: Map<string, Cluster>): QuoteSpeaker | null {
  const raw = q.speaker ? wholeGroup(a, q.speaker) : null;
  const r = raw ? resolveMention(a, q, raw, lastSpeaker, keyed) : null;
  if (raw && r) return complete(raw, r);
  // "officials would only say": a mention that names no one may stand after its subject
  const before = raw && !r ? subjectBefore(a, raw) : null;
  const rb = before ? resolveMention(a, q, before, lastSpeaker, keyed) : null;
  if (before && rb) return complete(before, rb);
  // no usable attribution: "Michael a abordé …, affirmant que …" takes the person who opens the
  // sentence; "“…,” Essid declared" the person named right after the closing mark
  const subject = q.type === "direct" ? (nameRightAfter(a, q) ?? colonIntroducer(a, q)) : sentenceSubject(a, q);
  if (subject) {
    const mention = { name: subject.text, mention: subject.text, mentionStart: subject.start, mentionEnd: subject.end };
    return complete({ ...mention, kind: "unknown", role: null, resolution: "explicit", entity: null }, byName(a, subject, subject.text, subject.start, subject.end));
  }
  // "“…,” he says matter-of-factly": a lower-case pronoun right after the closing mark;
  // "« … », a commencé le ministre": a description after the verb that follows the mark
  const pronoun = q.type === "direct" ? (pronounRightAfter(a, q) ?? descriptionRightAfter(a, q)) : null;
  // the raw attribution itself ("“…,” he said" with no one for "he"), which failed above: a failed
  // resolution changes nothing, so it would fail again (80,000 times in a 1 MB article of such quotes)
  const rp = pronoun && !(raw && sameMention(pronoun, raw)) ? resolveMention(a, q, pronoun, lastSpeaker, keyed) : null;
  if (pronoun && rp) return complete(pronoun, rp);
  if (previous?.speaker && continues(a, previous, q)) return continuation(previous.speaker);
  return null;
}

/** Two mentions that resolveMention reads alike: the same span and the same text. */
function sameMention(x: QuoteSpeaker, y: QuoteSpeaker): boolean {
  return x.mentionStart === y.mentionStart && x.mentionEnd === y.mentionEnd && x.mention.trim() === y.mention.trim();
}

/** The previous quote's speaker going on speaking: every field written, in the order `complete` writes them (no copy of whatever shape the speaker had). */
function continuation(s: QuoteSpeaker): QuoteSpeaker {
  return { name: s.name, mention: s.mention, mentionStart: null, mentionEnd: null, kind: s.kind, role: s.role, resolution: "continuation", entity: s.entity };
}

/** how far after a direct quote's closing mark a description of its speaker may start */
const DESCRIPTION_AFTER_QUOTE_CHARS = 30;
/** the words (a verb, an auxiliary) that may stand between the mark and that description */
const MAX_VERB_WORDS = 3;

/** A determined role description after the closing mark and a few lower-case words, in the same sentence. */
function descriptionRightAfter(a: Article, q: Quote): QuoteSpeaker | null {
  const r = firstStartingIn(a.roles, q.end, q.end + DESCRIPTION_AFTER_QUOTE_CHARS);
  if (!r || r.determination === "bare" || r.plural) return null;
  const first = tokenIndex(a, q.end);
  if (first >= r.startToken || r.startToken - first > MAX_VERB_WORDS) return null;
  for (let k = first; k < r.startToken; k++) if (a.tokens[k].cap || a.tokens[k].sentence !== a.tokens[r.startToken].sentence) return null;
  if (!/^\s*["»”]?\s*,?\s*$/u.test(a.doc.norm.slice(q.end, a.tokens[first].start))) return null;
  if (gapHasPreposition(a, q.end, r.startToken)) return null;
  return { name: a.doc.text.slice(r.start, r.end), mention: a.doc.text.slice(r.start, r.end), mentionStart: r.start, mentionEnd: r.end, kind: "unknown", role: null, resolution: "explicit", entity: null };
}

/** A third-person pronoun written in lower case right after a direct quote's closing mark, then a lower-case word. */
function pronounRightAfter(a: Article, q: Quote): QuoteSpeaker | null {
  const i = tokenIndex(a, q.end);
  const t = a.tokens[i];
  const next = a.tokens[i + 1];
  if (!t || t.cap || !next || next.cap || next.sentence !== t.sentence || next.start - t.end !== 1) return null;
  // "lui assène-t-il" (the subject comes inverted after the verb), "her husband said" (a possessive)
  if (hasHyphen(next.text) || a.w.roles.has(next.folded)) return null;
  if (t.start - q.end > 4 || !closingMarkGap(a.doc.norm, q.end, t.start)) return null;
  const p = a.w.pronouns.get(t.lower);
  if (!p || p.person !== 3) return null;
  return { name: t.text, mention: t.text, mentionStart: t.start, mentionEnd: t.end, kind: "unknown", role: null, resolution: "explicit", entity: null };
}

/** how many function words or adverbs may stand between a subject and the word taken for it */
const MAX_WORDS_BEFORE = 3;

/**
 * The subject before a mention that names no one ("officials would only | say", "Acme has also
 * | said"): back over auxiliaries and adverbs to a group word, a pronoun or the end of a name.
 */
function subjectBefore(a: Article, raw: QuoteSpeaker): QuoteSpeaker | null {
  if (raw.mentionStart == null) return null;
  const t = a.tokens;
  const at = tokenIndex(a, raw.mentionStart);
  if (at >= t.length || t[at].start !== raw.mentionStart) return null;
  for (let k = at - 1; k >= 0 && at - k <= MAX_WORDS_BEFORE; k--) {
    // "Toronto who | specializes": a relative clause's subject is its antecedent, found otherwise
    if (t[k].sentence !== t[at].sentence || a.doc.norm.slice(t[k].end, t[k + 1].start) !== " " || a.w.relativePronouns.has(t[k].lower)) return null;
    // the last name starting at or before this word: it may end on it
    const name = a.names[firstAtOrAfter(a.names, t[k].start + 1) - 1];
    const named = name && name.last === k + 1 && a.tokens[name.first].sentence === t[at].sentence ? name : null;
    const start = named ? t[named.first].start : t[k].start;
    if (named || a.w.groupWords.has(t[k].folded) || a.w.pronouns.has(t[k].lower)) {
      return { ...raw, mention: a.doc.text.slice(start, t[k].end), mentionStart: start, mentionEnd: named ? named.end : t[k].end };
    }
    if (t[k].cap || !(a.w.stopwords.has(t[k].lower) || a.w.adverbEnding.test(t[k].folded) || a.w.notNames.has(t[k].lower))) return null;
  }
  return null;
}

/** The raw mention widened to the group phrase it cuts ("the negotiations" → "sources familiar with the negotiations"). */
function wholeGroup(a: Article, raw: QuoteSpeaker): QuoteSpeaker {
  if (raw.mentionStart == null || raw.mentionEnd == null) return raw;
  const span = widenGroupMention(a, raw.mentionStart, raw.mentionEnd);
  if (!span || (span.start === raw.mentionStart && span.end === raw.mentionEnd)) return raw;
  return { ...raw, mention: a.doc.text.slice(span.start, span.end), mentionStart: span.start, mentionEnd: span.end };
}

function complete(raw: QuoteSpeaker, r: Resolved): QuoteSpeaker {
  const c = r.cluster;
  return {
    name: canonical(c),
    mention: raw.mention,
    mentionStart: raw.mentionStart,
    mentionEnd: raw.mentionEnd,
    kind: c.kind,
    role: c.roles[0] ?? null,
    resolution: r.resolution,
    entity: c.id,
  };
}

function resolveMention(a: Article, q: Quote, raw: QuoteSpeaker, lastSpeaker: Cluster | null, keyed: Map<string, Cluster>): Resolved | null {
  const start = raw.mentionStart ?? -1;
  const end = raw.mentionEnd ?? -1;
  const text = raw.mention.trim();
  const words = mentionWords(text);
  const name = start >= 0 ? nameIn(a, start, end, words) : null;
  if (name) return byName(a, name, text, start, end);
  const pronoun = pronounOf(a, words);
  if (pronoun) return byPronoun(a, q, raw, pronoun, lastSpeaker);
  // the role that heads the mention, not one in its complement ("certains défenseurs de l'artiste")
  const role = start >= 0 ? overlapping(a.roles, start, end, MAX_SPAN).find((r) => r.start <= start || !gapHasPreposition(a, start, r.startToken)) : undefined;
  if (role && !role.plural) {
    const c = a.roleCluster.get(role) ?? (role.determination !== "bare" ? resolveDescription(a, role) : undefined);
    if (c) {
      const m = addMention(a, start, end, c, "quote");
      return { cluster: c, resolution: sameFolded(canonical(c), m.text) ? "explicit" : "nominal" };
    }
  }
  if (words.length === 0) return null;
  // a group ("certains", "les syndicats", "critics") or an organisation ("le gouvernement",
  // "le Quai d'Orsay", "les informations du Parisien") speaks as itself
  // a literal array filled by push: one elements kind, however many names it holds
  const namesInside: NameCandidate[] = [];
  if (start >= 0) {
    const around = overlapping(a.names, start, end, MAX_SPAN);
    for (let i = 0; i < around.length; i++) if (around[i].start >= start && around[i].end <= end) namesInside.push(around[i]);
  }
  // a group word inside a name is the name's ("Moody's Investors Service")
  const group = words.some((x) => a.w.groupWords.has(x) && !namesInside.some((n) => n.keys.includes(x))) || role?.plural;
  const named = namesInside.length > 0;
  const org = !group && (hasPhrase(words, a.w.organizationNouns) || (named && a.w.definite.has(words[0])));
  const definite = a.w.definite.has(words[0]);
  // "his wife", "her office": owned by the person in focus, so not that person nor an organisation named before
  if (definite && !group && !named && start >= 0 && !a.w.personalPossessives.has(words[0])) {
    // "the company", "l'entreprise": the organisation named last; "the laid-back Cambridge resident": the person in focus
    const c = bestAntecedent(a, {
      at: Math.min(start, q.start),
      sentence: sentenceOf(a, start),
      gender: null,
      plural: false,
      kinds: org ? ORG_ANTECEDENTS : PERSON_ONLY,
      window: org ? ORG_WINDOW : PRONOUN_WINDOW,
      lastSpeaker: lastSpeaker && (org ? ORG_ANTECEDENTS : PERSON_ONLY).has(lastSpeaker.kind) ? lastSpeaker : null,
      roleHead: null,
      sameSentencePenalty: 0,
      exclude: null,
      reject: metonym,
    });
    if (c && (c.name || org)) {
      if (org) a.clusters.setKind(c, "organization");
      addMention(a, start, end, c, "quote");
      return { cluster: c, resolution: "nominal" };
    }
  }
  // words that name no one (no name, role, pronoun, group or organisation): no attribution
  if (!group && !org && !role) return null;
  const kind: SpeakerKind = group ? "group" : org ? "organization" : "unknown";
  // "sources familiar with the talks" … "sources": one group, keyed by its group word
  const groupHead = group ? words.find((x) => a.w.groupWords.has(x)) : undefined;
  // ... but "Zurich dealers" are not "Frankfurt dealers": the names in a group phrase are part of
  // its key, and a group without one ("the sources") is the last group of that head
  const key = groupHead ? `group:${groupHead}:${joinedKeys(namesInside)}` : withoutDeterminers(a, words);
  const lastOfHead = `group:${groupHead}`;
  let c = keyed.get(key) ?? (groupHead && namesInside.length === 0 ? keyed.get(lastOfHead) : undefined);
  if (!c) {
    c = a.clusters.create(kind, Math.max(start, 0));
    if (kind === "group") c.plural = true;
    keyed.set(key, c);
  }
  if (groupHead) keyed.set(lastOfHead, c);
  a.clusters.addDescription(c, text, Math.max(start, 0));
  if (start >= 0) addMention(a, start, end, c, "quote");
  return { cluster: c, resolution: "explicit" };
}

/**
 * The words but the articles, joined by spaces ("the sources" → "sources"). Loops, not
 * filter/map then join: the arrays those make change elements kind with what they hold, which
 * made V8 drop this file's optimised code.
 */
function withoutDeterminers(a: Article, words: readonly string[]): string {
  let out = "";
  let first = true;
  for (let i = 0; i < words.length; i++) {
    const x = words[i];
    if (a.w.definite.has(x) || a.w.indefinite.has(x)) continue;
    out = first ? x : out + " " + x;
    first = false;
  }
  return out;
}

/** Each name's keys joined by spaces, the names by colons ("zurich:acme bank"). */
function joinedKeys(names: readonly NameCandidate[]): string {
  let out = "";
  for (let i = 0; i < names.length; i++) out += (i > 0 ? ":" : "") + names[i].keys.join(" ");
  return out;
}

/** entries per generation of the memo of mention words (see BoundedMemo) */
const MEMO_GENERATION = 4096;
const wordsMemo = new BoundedMemo<readonly string[]>(MEMO_GENERATION);

/** Folded words of a mention ("a-t-il" → a, il): mentions repeat ("il", "elle", "he"), so they are remembered. */
function mentionWords(text: string): readonly string[] {
  let words = wordsMemo.get(text);
  if (!words) {
    words = foldedMentionWords(fold(text));
    wordsMemo.set(text, words);
  }
  return words;
}

/**
 * The words of a folded mention: its runs of letters and digits, with "-t-" (the euphonic t of
 * "a-t-il") no word. The same words as
 *   splitWords(folded.replace(/-t-/g, " ").replace(/-/g, " ").replace(/[^\p{L}\p{N}' ]+/gu, " "))
 * read in one pass, with no regex (most mentions are new: the memo seldom has them in a real run);
 * a mention with a surrogate pair goes through those regexes.
 */
export function foldedMentionWords(folded: string): string[] {
  const out: string[] = [];
  let start = -1; // where the current word started, or -1 between words
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    const k = classOf(c);
    if (k & SURROGATE_UNIT) return splitWords(folded.replace(/-t-/g, " ").replace(/-/g, " ").replace(/[^\p{L}\p{N}' ]+/gu, " "));
    if (k & LETTER_OR_DIGIT) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) out.push(folded.slice(start, i));
    start = -1;
    // "-t-": the hyphens and the t are all between words
    if (c === 0x2d && folded.charCodeAt(i + 1) === 0x74 && folded.charCodeAt(i + 2) === 0x2d) i += 2;
  }
  if (start >= 0) out.push(folded.slice(start));
  return out;
}

/**
 * The name the mention holds: a person's name first (outside a role's complement); another name
 * ("Volkswagen", "la SNCF") only when it is the whole mention but its article.
 */
function nameIn(a: Article, start: number, end: number, words: readonly string[]): NameCandidate | null {
  const inside = overlapping(a.names, start, end, MAX_SPAN);
  // every answer below is one of these names ("il", "he", "the company": none)
  if (inside.length === 0) return null;
  const roles = overlapping(a.roles, start, end, MAX_SPAN);
  // (no role around the mention, the usual case: every name is unowned, and no list is made)
  const unowned = roles.length === 0 ? inside : inside.filter((n) => !roles.some((r) => r.start <= n.start && n.end <= r.end && a.appositions.get(r) !== n));
  // "Roy's neighbour, Dan": the owner before a possessive is not the one the mention names ("Acme's report" is Acme's)
  // (a lone name has no other name after it)
  const free = unowned.length <= 1 ? unowned : unowned.filter((n) => !(possessor(a, n) && unowned.some((m) => m.start > n.end)));
  // "Islamist politicians", "Finance officials": with a noun heading the mention, only a real person's name counts
  const headed = words.some((x) => a.w.groupWords.has(x) || a.w.organizationNouns.has(x));
  const person = free.find((n) => (headed ? n.kind === "person" : isPersonName(n, a.nameCluster.get(n)!)));
  if (person) return person;
  const bare = withoutDeterminers(a, words);
  const whole = free.find((n) => fold(n.text).replace(/[-'’]/g, " ").replace(/\s+/g, " ") === bare);
  if (whole) return whole;
  // "media buying company GroupM": an organisation's name after the noun that describes it;
  // "(last) year Congress": after words that name nothing, the name alone
  const described = free.find((n) => n.end >= end - 1 && n.start > start && n.kind !== "person" && !afterPreposition(a, n));
  if (described && !words.some((x) => a.w.groupWords.has(x))) {
    const before = mentionWords(a.doc.text.slice(start, described.start));
    if (hasPhrase(before, a.w.organizationNouns)) return described;
    if (described.kind === "organization" && !before.some((x) => a.w.definite.has(x) || a.w.indefinite.has(x) || a.w.roles.has(x) || a.w.stopwords.has(x))) return described;
  }
  // "Colton told an audience": a name that opens the mention is its subject, unless a noun
  // heads the mention ("Finance officials", "Calgary police")
  // "Statistics Canada's latest survey": an organisation that owns a document speaks through it
  const owner = free.find((n) => n.start === start && possessor(a, n) && a.nameCluster.get(n)?.kind === "organization");
  if (owner && !hasPhrase(mentionWords(a.doc.text.slice(owner.end, end)), a.w.organizationNouns)) return owner;
  if (words.some((x) => a.w.groupWords.has(x) || a.w.organizationNouns.has(x) || a.w.roles.has(x))) return null;
  const opening = free.find((n) => n.start === start && n.kind !== "organization");
  if (opening) return opening;
  // "wardrobe stylist Tina", "Roy's neighbour, Dan": a name that closes the mention after bare words
  const closing = free.find((n) => n.end >= end - 1 && n.start > start && n.kind !== "organization" && !afterPreposition(a, n));
  return closing && !words.some((x) => a.w.definite.has(x) || a.w.indefinite.has(x)) ? closing : null;
}

function byName(a: Article, n: NameCandidate, text: string, start: number, end: number): Resolved {
  const c = a.nameCluster.get(n)!;
  // an organisation quoted with its article ("la SNCF", "the EU") or its description ("media
  // buying company GroupM", "the trade paper Motor Weekly") keeps that form as a variant, and the
  // description makes it an organisation; "wardrobe stylist Tina" stays "Tina"
  if (c.kind !== "person" && text.length > n.text.length && fold(text).endsWith(fold(n.text)) && describesOrganisation(a, text.slice(0, n.start - start))) {
    a.clusters.addDescription(c, text, start);
    // a describing noun, or an article before the name ("The Parliamentary Budget Officer", "the Globe"): no person
    a.clusters.setKind(c, "organization");
  }
  // else two capitalised words quoted as a speaker are most often a person
  if (c.kind === "unknown" && c.keys.length >= 2) c.kind = "person";
  addMention(a, start, end, c, "quote");
  const full = c.kind === "person" ? c.name ?? n.text : canonical(c);
  return { cluster: c, resolution: sameFolded(full, n.text) || sameFolded(full, text) ? "explicit" : "alias" };
}

/** fold(x) === fold(y), with no folding (two memo look-ups) when the strings are equal already (most named speakers) */
function sameFolded(x: string, y: string): boolean {
  return x === y || fold(x) === fold(y);
}

/** Words before an organisation's name that belong to its name: only determiners, or an organisation noun among them. */
function describesOrganisation(a: Article, before: string): boolean {
  const words = mentionWords(before);
  return words.every((x) => a.w.definite.has(x) || a.w.indefinite.has(x)) || hasPhrase(words, a.w.organizationNouns);
}

function pronounOf(a: Article, words: readonly string[]) {
  const last = words[words.length - 1];
  // (one word, the usual mention "il", "he": itself, with no joined copy)
  return a.w.pronouns.get(words.length === 1 ? words[0] : words.join(" ")) ?? (words.length <= 3 && last ? a.w.pronouns.get(last) : undefined) ?? null;
}

function byPronoun(
  a: Article,
  q: Quote,
  raw: QuoteSpeaker,
  p: NonNullable<ReturnType<typeof pronounOf>>,
  lastSpeaker: Cluster | null,
): Resolved | null {
  if (p.person === 1) return null;
  const at = raw.mentionStart ?? q.start;
  const sentence = a.tokens.length ? a.tokens[Math.min(tokenIndex(a, at), a.tokens.length - 1)].sentence : -1;
  const neuter = p.gender === null && p.number === "sg";
  if (neuter) {
    const org = organisationAfter(a, raw);
    if (org) return { cluster: org, resolution: "explicit" };
  }
  const kinds = p.number === "pl" ? PLURAL_SOURCES : neuter ? NEUTER_SOURCES : SINGULAR_PERSON;
  const c = bestAntecedent(a, {
    at: Math.min(at, q.start),
    sentence,
    gender: p.number === "pl" ? null : p.gender,
    plural: p.number === "pl",
    kinds,
    window: PRONOUN_WINDOW,
    lastSpeaker: lastSpeaker && kinds.has(lastSpeaker.kind) ? lastSpeaker : null,
    // "ils", "they" are people of a group or an organisation, not "France"
    roleHead: null,
    sameSentencePenalty: 0,
    exclude: null,
    reject: p.number === "pl" ? metonym : null,
  });
  if (!c) return null;
  if (raw.mentionStart != null && raw.mentionEnd != null) addMention(a, raw.mentionStart, raw.mentionEnd, c, "quote");
  if (p.gender && c.kind === "person") a.clusters.setGender(c, p.gender);
  return { cluster: c, resolution: "pronoun" };
}

/** "indique-t-on à la FGTB", "prédit-on au syndicat": the organisation named right after "on". */
function organisationAfter(a: Article, raw: QuoteSpeaker): Cluster | null {
  if (raw.mentionEnd == null) return null;
  const i = tokenIndex(a, raw.mentionEnd);
  const t = a.tokens[i];
  if (!t || t.start - raw.mentionEnd > 2 || !a.w.prepositions.has(t.lower)) return null;
  let k = i + 1;
  while (k < a.tokens.length && (a.w.definite.has(a.tokens[k].lower) || a.w.indefinite.has(a.tokens[k].lower))) k++;
  const next = a.tokens[k];
  if (!next) return null;
  const role = startingIn(a.roles, next.start, next.start + 1).find((r) => r.first === k);
  if (role) return null;
  const n = startingIn(a.names, next.start, next.start + 1).find((x) => x.first === k);
  if (n) return a.nameCluster.get(n) ?? null;
  if (!a.w.organizationNouns.has(next.folded)) return null;
  // "au syndicat socialiste": the noun and its adjective
  const end = a.tokens[Math.min(k + 1, a.tokens.length - 1)];
  const text = a.doc.text.slice(a.tokens[i + 1].start, end.sentence === next.sentence && !end.cap ? end.end : next.end);
  const c = a.clusters.create("organization", next.start);
  a.clusters.addDescription(c, text, next.start);
  return c;
}

const tokenIndex = (a: Article, offset: number): number => a.tokenIndex.at(offset);

/**
 * A quote continues the previous one when little narration and no other person stand between
 * them: inside one paragraph the narration may be longer. A person named after a preposition or
 * as a possessor ("with her husband Paul Roy", "Roy's book") is not the subject of the narration
 * and does not take the floor.
 */
function continues(a: Article, prev: Quote, q: Quote): boolean {
  if (q.type !== "direct" || q.start < prev.end) return false;
  // a group ("critics", "local news reports") does not go on speaking in quotation marks
  if (prev.speaker?.kind === "group") return false;
  const samePara = paragraphAt(a.doc, prev.end) === paragraphAt(a.doc, q.start);
  if (q.start - prev.end > (samePara ? PARAGRAPH_CONTINUATION_GAP : CONTINUATION_GAP)) return false;
  const same = prev.speaker?.entity;
  const other = startingIn(a.names, prev.end, q.start).some(
    (n) => n.end <= q.start && n.kind === "person" && a.nameCluster.get(n)?.id !== same && !obliqueName(a, n) && !possessor(a, n),
  );
  return !other;
}

/** A preposition stands before the name, or before its title ("with her partner Omar Haddad"). */
function obliqueName(a: Article, n: NameCandidate): boolean {
  if (afterPreposition(a, n)) return true;
  const title = a.titleBefore.get(n);
  const prev = title ? a.tokens[title.startToken - 1] : undefined;
  return !!prev && prev.sentence === a.tokens[n.first].sentence && a.w.prepositions.has(prev.lower);
}

/** The name is followed by a possessive "'s" ("Roy's book", "Roy' claims"). */
function possessor(a: Article, n: NameCandidate): boolean {
  const norm = a.doc.norm;
  return norm[n.end] === "'" && (norm[n.end + 1] === "s" || norm[n.end + 1] === " ");
}

function sentenceOf(a: Article, offset: number): number {
  const t = a.tokens[Math.min(tokenIndex(a, offset), a.tokens.length - 1)];
  return t ? t.sentence : -1;
}

/** The person's name that opens the sentence of an indirect quote, when the quote comes later in it. */
function sentenceSubject(a: Article, q: Quote): NameCandidate | null {
  const sentence = sentenceOf(a, q.start);
  if (sentence < 0) return null;
  const s = a.doc.sentences[sentence];
  if (!s || s.start >= q.start) return null;
  const n = firstStartingIn(a.names, s.start, s.start + 2);
  return n && n.end < q.start && isPersonName(n, a.nameCluster.get(n)!) ? n : null;
}

/** how far after a direct quote a name may stand and still be its speaker ("”, said Sen. X") */
const AFTER_QUOTE_CHARS = 24;
/** how far the title before that name may start ("”, former provincial health critic Jane Roe said") */
const TITLE_AFTER_QUOTE_CHARS = 60;

/**
 * A person's name just after a direct quote's closing mark, in the same paragraph; further
 * when a title stands between them ("”, former party critic Jane Roe said"). A name after a
 * preposition ("” In Roe, he found …") starts narration, not an attribution.
 */
function nameRightAfter(a: Article, q: Quote): NameCandidate | null {
  // most quotes have neither a name nor a role close after them: no paragraph search for those
  if (!firstStartingIn(a.names, q.end, q.end + AFTER_QUOTE_CHARS + 1) && !firstStartingIn(a.roles, q.end, q.end + TITLE_AFTER_QUOTE_CHARS + 1)) return null;
  const para = a.doc.paragraphs[paragraphAt(a.doc, q.start)];
  const paraEnd = para ? para.end : a.doc.text.length;
  const near = firstStartingIn(a.names, q.end, Math.min(q.end + AFTER_QUOTE_CHARS, paraEnd) + 1);
  const found = near ? speakerAfterQuote(a, q, near) : null;
  if (found) return found;
  // "”, said the former party critic Jane Roe": a role in apposition carries the name further
  const r = firstStartingIn(a.roles, q.end, Math.min(q.end + TITLE_AFTER_QUOTE_CHARS, paraEnd) + 1);
  const titled = r ? a.appositions.get(r) : undefined;
  return titled && titled.start > r!.start && titled.end <= paraEnd ? speakerAfterQuote(a, q, titled) : null;
}

/** The name after a direct quote's closing mark is its speaker: a person, with only plain words between. */
function speakerAfterQuote(a: Article, q: Quote, n: NameCandidate): NameCandidate | null {
  const c = a.nameCluster.get(n);
  if (!c) return null;
  // past the closing mark, no other quotation may open before the name, nor a sentence end or a preposition
  const gap = a.doc.norm.slice(q.end, a.tokens[n.first].start).replace(/^\s*["»”]/u, "");
  if (/["«“]/u.test(gap) || /[.!?;:]/u.test(gap.replace(/^[\s,]+/u, "")) || afterPreposition(a, n) || gapHasPreposition(a, q.end, n.first)) return null;
  if (n.kind === "person" || c.kind === "person") return n;
  // an unknown full name right after the mark, then a lower-case word: "” Lena Ortiz of Acme said"
  const touching = /^[\s,]*$/u.test(gap) && n.keys.length > 1 && n.kind !== "organization";
  return touching && /^ \p{Ll}/u.test(a.doc.norm.slice(n.end, n.end + 2)) ? n : null;
}

/** A preposition among the words between an offset and token `to` ("”, said at the event by"). */
function gapHasPreposition(a: Article, from: number, to: number): boolean {
  for (let k = to - 1; k >= 0 && a.tokens[k].start >= from; k--) if (a.w.prepositions.has(a.tokens[k].lower)) return true;
  return false;
}

/**
 * A name that is one organisation word ("France", "Canada", "Kremlin"): a country or an
 * institution named by metonymy, which "la gendarmerie", "the company" or "they" do not point at.
 */
function metonym(a: Article, c: Cluster): boolean {
  return c.keys.length === 1 && a.w.organizationNouns.has(c.keys[0]);
}

/** A word or a phrase of up to three words of the mention is in the set ("quai d orsay", "white house"). */
function hasPhrase(words: readonly string[], set: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) {
    let phrase = words[i];
    if (set.has(phrase)) return true;
    for (let k = i + 1; k < Math.min(words.length, i + 3); k++) {
      phrase += " " + words[k];
      if (set.has(phrase)) return true;
    }
  }
  return false;
}

/** "Le maire Paul Martin a repris le refrain : « … »": the person named first in the clause the colon closes. */
function colonIntroducer(a: Article, q: Quote): NameCandidate | null {
  const sentence = sentenceOf(a, q.start);
  const s = sentence >= 0 ? a.doc.sentences[sentence] : null;
  if (!s || s.start >= q.start) return null;
  if (!endsWithColon(a.doc.norm, s.start, q.start)) return null;
  const people = startingIn(a.names, s.start, q.start).filter((n) => isPersonName(n, a.nameCluster.get(n)!));
  // the subject, not the name after a preposition ("lors du procès de Jean Dupuis, Marc Leroy a lancé :")
  return people.find((n) => !afterPreposition(a, n)) ?? people[0] ?? null;
}

/** Whether norm[from, to) ends with ":" then optional spaces and one opening mark; read backwards, so a long sentence costs nothing. */
function endsWithColon(norm: string, from: number, to: number): boolean {
  let k = to - 1;
  while (k >= from && isSpace(norm.charCodeAt(k))) k--;
  if (k >= from && (norm.charCodeAt(k) === 0x22 || norm.charCodeAt(k) === 0xab || norm.charCodeAt(k) === 0x201c)) k--;
  while (k >= from && isSpace(norm.charCodeAt(k))) k--;
  return k >= from && norm.charCodeAt(k) === 0x3a;
}

/** /\s/u for one code unit, from the memo of classes (no regex run, no one-character string) */
const isSpace = (code: number): boolean => (classOf(code) & SPACE) !== 0;

/**
 * Whether norm[from, to) is what may stand between a closing mark and the word after it:
 * /^\s*["»”]?[\s,]*$/u (spaces, one closing mark, spaces and commas), read in place.
 */
function closingMarkGap(norm: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && isSpace(norm.charCodeAt(k))) k++;
  if (k < to && (norm.charCodeAt(k) === 0x22 || norm.charCodeAt(k) === 0xbb || norm.charCodeAt(k) === 0x201d)) k++;
  while (k < to && (isSpace(norm.charCodeAt(k)) || norm.charCodeAt(k) === 0x2c)) k++;
  return k === to;
}

function afterPreposition(a: Article, n: NameCandidate): boolean {
  const prev = a.tokens[n.first - 1];
  return !!prev && a.w.prepositions.has(prev.lower);
}
