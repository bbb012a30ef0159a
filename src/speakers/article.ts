/**
 * Everything the speaker stage knows about one article: its tokens, names, role descriptions,
 * entity clusters and the mentions that point at them, with the salience facts that pronoun and
 * description resolution need (sentence, paragraph, after a preposition or not).
 */
import type { Doc } from "../doc.ts";
import type { Lexicon } from "../lexicons/types.ts";
import { tokenize, tokenAt, TokenLocator, type Token } from "./tokens.ts";
import { speakerWords, type SpeakerWords } from "./lexicon.ts";
import { findNames, type NameCandidate } from "./names.ts";
import { findRoles, roleAt, type RoleMention } from "./roles.ts";
import { Clusters, type Cluster } from "./clusters.ts";
import { clusterNames } from "./people.ts";
import { linkAppositions } from "./appositions.ts";
import { resolveDescription } from "./descriptions.ts";
import { firstAtOrAfter, inStartOrder } from "./sorted.ts";
import { MentionIndex } from "./mention-index.ts";

export interface MentionRecord {
  start: number;
  end: number;
  text: string;
  cluster: Cluster;
  sentence: number;
  paragraph: number;
  /** a preposition stands right before it, or before its article: seldom the subject of its sentence */
  oblique: boolean;
  source: "name" | "role" | "quote";
  /**
   * The first mention of the run of neighbouring mentions (in text order) with the same cluster,
   * sentence and obliqueness as this one: they all score alike as antecedents, so a search can
   * skip the run at once ("“…,” he said" a thousand times in one sentence stays linear).
   */
  run: MentionRecord;
  /** when it was added: among mentions at the same offset, the article's list keeps this order */
  order: number;
}

export interface Article {
  doc: Doc;
  w: SpeakerWords;
  tokens: Token[];
  /** the token at an offset, found from the last one asked (searches come in text order) */
  tokenIndex: TokenLocator;
  names: NameCandidate[];
  roles: RoleMention[];
  clusters: Clusters;
  nameCluster: Map<NameCandidate, Cluster>;
  roleCluster: Map<RoleMention, Cluster>;
  /** role mentions already attached, by role-noun lemma, in text order */
  roleHeads: Map<string, Array<{ role: RoleMention; cluster: Cluster }>>;
  /** role → the name it is in apposition with */
  appositions: Map<RoleMention, NameCandidate>;
  /** name → the role in apposition right before it ("her partner Omar Haddad") */
  titleBefore: Map<NameCandidate, RoleMention>;
  /** sorted by start (ties in the order they were added), once `flushMentions` has merged the pending ones */
  mentions: MentionRecord[];
  /** mentions added since the last merge: appending and merging once beats inserting each into the middle */
  pendingMentions: MentionRecord[];
  /** the same mentions by sentence and antecedent group, for antecedent searches */
  mentionIndex: MentionIndex;
  /** mentions were added since each mention's run was last set (see `ensureRuns`) */
  runsStale: boolean;
  /** the quote stage's raw speaker mentions, sorted by start: "a déclaré Julien Bayou" is a subject */
  attributions: Array<{ start: number; end: number }>;
}

export function analyseArticle(doc: Doc, lex: Lexicon): Article {
  const w = speakerWords(lex);
  const tokens = tokenize(doc);
  const names = findNames(doc.norm, tokens, w, (i) => roleAt(tokens, i, w)?.words.length ?? 0);
  const clusters = new Clusters();
  const nameCluster = clusterNames(names, clusters, (k) => w.organizationNouns.has(k));
  // a role's complement stops before a person's name ("le ministre de l'Intérieur Laurent Nuñez", "le président Obama")
  const nameStarts = tokenMarks(0, tokens.length);
  // (index loops over the article's lists: a for-of makes an iterator result per step until the code is optimised)
  for (let k = 0; k < names.length; k++) if (isPersonName(names[k], nameCluster.get(names[k])!)) nameStarts[names[k].first] = 1;
  const inName = tokenMarks(1, tokens.length);
  for (let k = 0; k < names.length; k++) inName.fill(1, names[k].first, names[k].last);
  const roles = findRoles(doc.norm, tokens, w, (i) => nameStarts[i] === 1, (i) => inName[i] === 1);
  const appositions = linkAppositions(doc.norm, names, roles);
  const titleBefore = new Map<NameCandidate, RoleMention>();
  for (const [r, n] of appositions) if (r.endToken === n.first) titleBefore.set(n, r);
  const a: Article = {
    doc,
    w,
    tokens,
    tokenIndex: new TokenLocator(tokens),
    names,
    roles,
    clusters,
    nameCluster,
    roleCluster: new Map(),
    roleHeads: new Map(),
    appositions,
    titleBefore,
    mentions: mentionList(),
    pendingMentions: mentionList(),
    mentionIndex: new MentionIndex(),
    runsStale: false,
    attributions: attributionsOf(doc),
  };
  // a name after its title ("le maire de la ville Roland Ries") is no verb's object
  for (let k = 0; k < names.length; k++) {
    const n = names[k];
    addMention(a, n.start, n.end, nameCluster.get(n)!, "name", titleBefore.has(n));
  }
  flushMentions(a);
  for (let k = 0; k < roles.length; k++) attachRole(a, roles[k]);
  return a;
}

/** Two byte-per-token scratch arrays, reused by every article (a typed array per article costs an allocation outside the heap). */
const marks: Uint8Array[] = [new Uint8Array(1024), new Uint8Array(1024)];

/** Scratch array `which` (0 or 1), zeroed over the first `n` entries; valid until the next article. */
function tokenMarks(which: number, n: number): Uint8Array {
  if (marks[which].length < n) marks[which] = new Uint8Array(Math.max(n, 2 * marks[which].length));
  const m = marks[which];
  m.fill(0, 0, n);
  return m;
}

/** The quote stage's raw speaker mentions, sorted by start. */
function attributionsOf(doc: Doc): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let k = 0; k < doc.quotes.length; k++) {
    const s = doc.quotes[k].speaker;
    if (s?.mentionStart != null && s.mentionEnd != null) out.push({ start: s.mentionStart, end: s.mentionEnd });
  }
  return inStartOrder(out) ? out : out.sort((x, y) => x.start - y.start);
}

/** A role in apposition joins its name; a bare description is resolved to an entity or starts one. */
function attachRole(a: Article, r: RoleMention): void {
  const name = a.appositions.get(r);
  if (name) {
    const c = a.nameCluster.get(name)!;
    a.clusters.addRole(c, r.role, r.head);
    a.clusters.setGender(c, r.gender);
    a.clusters.setKind(c, "person");
    setRole(a, r, c);
    return;
  }
  // a bare role with no name beside it is too often a participle or an adjective ("associé à")
  if (r.plural || r.determination === "bare") return;
  const c = resolveDescription(a, r);
  setRole(a, r, c);
  addMention(a, r.start, r.end, c, "role");
}

export function addMention(a: Article, start: number, end: number, cluster: Cluster, source: MentionRecord["source"], titled = false): MentionRecord {
  const i = a.tokenIndex.at(start);
  const prev = i > 0 ? a.tokens[i - 1] : null;
  const t = tokenAt(a.tokens, i);
  const m: MentionRecord = {
    start,
    end,
    text: a.doc.text.slice(start, end),
    cluster,
    sentence: t ? t.sentence : -1,
    paragraph: t ? t.paragraph : -1,
    oblique:
      !!prev &&
      prev.sentence === t?.sentence &&
      (a.w.prepositions.has(prev.lower) || afterPrepositionAndArticle(a, i - 1) || (source !== "quote" && !titled && afterVerb(a, i - 1) && !attributed(a, start))) &&
      !beforeRelativeClause(a, end),
    source,
    // set below and by the index: written here so every record has its final shape from the start
    run: null as unknown as MentionRecord,
    order: 0,
  };
  m.run = m;
  a.mentionIndex.add(m);
  a.pendingMentions.push(m);
  a.runsStale = true;
  return m;
}

/**
 * "the possibility of meeting Xi": a plain lower-case word right before a name is most often
 * its verb, and the name its object (a subject follows punctuation, a determiner, a title or
 * nothing). Quote attributions ("said Trump") are left to the quote stage.
 */
function afterVerb(a: Article, k: number): boolean {
  const prev = a.tokens[k];
  const next = tokenAt(a.tokens, k + 1);
  if (prev.cap || !next || next.start - prev.end !== 1) return false;
  const w = a.w;
  if (w.notVerbs.has(prev.lower)) return false;
  return !w.roles.has(prev.folded) && !hasDigit(prev.text);
}

/** /\d/.test(s) (ASCII digits), read in place with no regex run */
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) return true;
  return false;
}

/** The offset is inside a quote's raw speaker mention: "“…,” said Ana Ruiz", "», a déclaré Julien Bayou" name a subject after their verb. */
function attributed(a: Article, at: number): boolean {
  const list = a.attributions;
  const i = firstAtOrAfter(list, at + 1) - 1;
  return i >= 0 && list[i].start <= at && at < list[i].end;
}

/** "talking about Ana Ruiz, who …": a relative clause puts the mention before it in focus. */
function beforeRelativeClause(a: Article, end: number): boolean {
  // (no read past the text's end: that too makes V8 drop the optimised code)
  if (end >= a.doc.norm.length || a.doc.norm.charCodeAt(end) !== 0x2c) return false;
  const next = tokenAt(a.tokens, a.tokenIndex.at(end));
  return !!next && next.start === end + 2 && a.w.relativePronouns.has(next.lower);
}

/** "about the Suncor policy", "to the Ford government": an article after a preposition before the mention. */
function afterPrepositionAndArticle(a: Article, article: number): boolean {
  const det = a.tokens[article];
  const prep = tokenAt(a.tokens, article - 1);
  return !!prep && prep.sentence === det.sentence && a.w.definite.has(det.lower) && a.w.prepositions.has(prep.lower);
}

/**
 * Merges the pending mentions into the sorted list and returns it: by start, and at the same
 * start in the order they were added (the pending ones were all added after the listed ones).
 */
export function flushMentions(a: Article): MentionRecord[] {
  const p = a.pendingMentions;
  if (p.length === 0) return a.mentions;
  // (added in order, the usual case, they are sorted already: ties too, as `order` grows with each one added)
  if (!inStartOrder(p)) p.sort((x, y) => x.start - y.start || x.order - y.order);
  const ms = a.mentions;
  const out = mentionList();
  let i = 0;
  let j = 0;
  while (i < ms.length && j < p.length) out.push(ms[i].start <= p[j].start ? ms[i++] : p[j++]);
  while (i < ms.length) out.push(ms[i++]);
  while (j < p.length) out.push(p[j++]);
  a.mentions = out;
  a.pendingMentions = mentionList();
  return out;
}

/**
 * Every list of mentions comes from this one array literal, filled by push: V8 then gives them
 * all one elements kind (an empty literal, a `new Array(n)` with holes and a full list had three,
 * and each new one met made the functions reading the list drop their optimised code).
 */
function mentionList(): MentionRecord[] {
  return [];
}

/** Sets every mention's run, once after mentions were added, for searches that read the whole list. */
export function ensureRuns(a: Article): void {
  if (!a.runsStale) return;
  const ms = flushMentions(a);
  for (let k = 0; k < ms.length; k++) ms[k].run = k > 0 && sameRun(ms[k - 1], ms[k]) ? ms[k - 1].run : ms[k];
  a.runsStale = false;
}

const sameRun = (x: MentionRecord, y: MentionRecord): boolean => x.cluster === y.cluster && x.sentence === y.sentence && x.oblique === y.oblique;

/** A name that stands for a person: itself, or through the full name it belongs to ("Obama" of "Barack Obama"). */
export function isPersonName(n: NameCandidate, c: Cluster): boolean {
  if (n.kind === "organization") return false;
  return n.kind === "person" || c.kind === "person" || c.keys.length > 1;
}

function setRole(a: Article, r: RoleMention, c: Cluster): void {
  a.roleCluster.set(r, c);
  const list = a.roleHeads.get(r.head) ?? [];
  list.push({ role: r, cluster: c });
  a.roleHeads.set(r.head, list);
}
