/**
 * Capitalised-name candidates found in one pass over the tokens: "Michael Intrator",
 * "M. Romney", "J.-M. Ayrault", "Ursula von der Leyen", "Dominique de Villepin", "Bruno Le Maire",
 * "la SNCF" (as "SNCF"). Each candidate says whether it looks like a person (honorific, known
 * first name, initial) or an organisation (acronym, organisation noun), and its gender when known.
 */
import type { SpeakerKind } from "../doc.ts";
import { hasHyphen, tokenAt, type Token } from "./tokens.ts";
import { firstNames, type Gender, type SpeakerWords } from "./lexicon.ts";

export interface NameCandidate {
  start: number;
  end: number;
  /** the name as written, without the honorific */
  text: string;
  /** folded words of the name, without honorific and particles: the keys for clustering */
  keys: string[];
  /** index of the first and one past the last token (honorific included) */
  first: number;
  last: number;
  honorific: boolean;
  gender: Gender;
  kind: SpeakerKind;
  /** the first word is a known first name */
  hasFirstName: boolean;
}

/** longer runs of capitalised words are titles or headlines, not names */
const MAX_NAME_WORDS = 6;

/** a capital inside a word, except after surname prefixes of any language ("McMillen", "DiCaprio", "LeBlanc") */
const INNER_CAPITAL = /^(?!(?:Mc|Mac|Le|La|De|Di|Du|Da|Van|Von|Fitz)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}/u;

/**
 * INNER_CAPITAL.test(text), with no regex run for a word whose characters after the first are all
 * ASCII and no capital (most words): the pattern needs a capital after the second character.
 */
function innerCapital(text: string): boolean {
  for (let k = 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c > 0x7f || (c >= 0x41 && c <= 0x5a)) return INNER_CAPITAL.test(text);
  }
  return false;
}

/** particles that need a first name before them ("Dominique de Villepin", not "Obama de la Maison Blanche") */
const WEAK_PARTICLES = new Set(["de", "d", "du", "des", "la", "le"]);

export function findNames(norm: string, tokens: readonly Token[], w: SpeakerWords, isRoleAt: (i: number) => number): NameCandidate[] {
  const out: NameCandidate[] = [];
  const opener = new SentenceOpeners(tokens, w);
  let i = 0;
  while (i < tokens.length) {
    // a name starts with a capital: most tokens are skipped here
    if (!tokens[i].cap || adjectival(tokens[i]) || startsNoName(norm, tokens, i, w) || opener.isCommonWord(norm, i)) {
      i++;
      continue;
    }
    const c = nameAt(norm, tokens, i, w, isRoleAt);
    if (c) {
      out.push(c);
      i = c.last;
    } else i++;
  }
  return out;
}

/**
 * A capitalised stop word, pronoun or not-name ("Le", "Il", "However") that is neither an
 * honorific nor an initial: nameAt turns it down, so the opener tests need not run (most sentences
 * open with one).
 */
function startsNoName(norm: string, tokens: readonly Token[], i: number, w: SpeakerWords): boolean {
  const t = tokens[i];
  return w.nameStoppers.has(t.lower) && !w.honorifics.has(t.text) && !startsInitials(norm, tokens, i);
}

function nameAt(norm: string, tokens: readonly Token[], i: number, w: SpeakerWords, isRoleAt: (i: number) => number): NameCandidate | null {
  const t = tokens[i];
  if (!t.cap) return null;
  let j = i;
  let honorific = false;
  let honorificGender: Gender = null;
  const hon = honorificAt(norm, tokens, i, w);
  if (hon) {
    honorific = true;
    honorificGender = hon.gender;
    j = hon.next;
    if (j >= tokens.length || !sameSentenceGap(norm, tokens[j - 1], tokens[j], true)) return null;
    // "M. de Meo", "Mme von der Leyen": particles may follow the honorific
    const run = tokens[j].cap ? 0 : particleRun(norm, tokens, j, w);
    if (!tokens[j].cap && run === 0) return null;
    j += run;
  } else if (!startsInitials(norm, tokens, i) && (w.nameStoppers.has(t.lower) || isRoleAt(i) > 0)) {
    return null;
  }
  const nameStart = j;
  const words: number[] = [j];
  j++;
  while (j < tokens.length && words.length < MAX_NAME_WORDS) {
    const prev = tokens[j - 1];
    const cur = tokens[j];
    const initialBefore = isInitial(norm, prev);
    if (!sameSentenceGap(norm, prev, cur, initialBefore)) break;
    if (cur.cap) {
      const afterParticle = w.particles.has(prev.lower);
      if ((isRoleAt(j) > 0 && !afterParticle) || (w.notNames.has(cur.lower) && !w.particles.has(cur.lower))) break;
      // "la Santé Jérôme Salomon": a first name after words that hold none starts another name
      if (!honorific && !initialBefore && afterFunctionWord(tokens, i, w) && firstNames().has(cur.folded) && !words.some((k) => firstNames().has(tokens[k].folded))) break;
      // "le député LR Éric Ciotti": a first name after an acronym starts a person's name
      if (!honorific && words.length === 1 && tokens[words[0]].acronym && firstNames().has(cur.folded)) break;
      // "Justin Trudeau Doug Ford" (a headline glued to its text): a first name after a full name starts another one
      if (!honorific && !initialBefore && words.length >= 2 && firstNames().has(cur.folded) && !firstNames().has(prev.folded)) break;
      if (w.particles.has(cur.lower) && !(j + 1 < tokens.length && tokens[j + 1].cap && sameSentenceGap(norm, cur, tokens[j + 1], false))) break;
      words.push(j);
      j++;
      continue;
    }
    const run = particleRun(norm, tokens, j, w);
    if (run === 0) break;
    const after = j + run;
    if (!particlesAllowed(tokens, words, j, after, w)) break;
    words.push(after);
    j = after + 1;
  }
  // a name never ends on a particle ("Bruno Le" before a role word)
  while (words.length > 1 && w.particles.has(tokens[words[words.length - 1]].lower)) {
    words.pop();
    j = words[words.length - 1] + 1;
  }
  // "la procureure d'Agen Manuella Garnier", "the mayor of Calgary Naheed Nenshi": after a role's
  // "of", one place then a person's first name and surname
  if (!honorific && words.length === 3 && j === words[2] + 1 && placeThenPerson(tokens, i, words, w, isRoleAt)) {
    words.length = 1;
    j = words[0] + 1;
  }
  const first = tokens[nameStart];
  const lastTok = tokens[j - 1];
  // a lone sentence-initial capitalised word is not a name unless something else says so
  const keys: string[] = [];
  for (let x = 0; x < words.length; x++) if (words.length === 1 || !w.particles.has(tokens[words[x]].folded)) keys.push(tokens[words[x]].folded);
  const names = firstNames();
  const firstGender = names.get(first.folded);
  const hasFirstName = firstGender !== undefined && (words.length > 1 || !honorific);
  // "B. Obama", "J.-M. Ayrault": initials then a spelled-out name ("U.S." is no person)
  const initial = isInitial(norm, first) && words.length > 1 && tokens[words[words.length - 1]].text.length > 1;
  // "SNCF", "CoreWeave", "GroupM": capitals inside one word mark a brand or an organisation;
  // so do initials alone ("U.S.", "U.N.")
  const initialsOnly = words.length > 1 && words.every((k) => isInitial(norm, tokens[k]));
  const acronym = initialsOnly || (words.length === 1 && (first.acronym || innerCapital(first.text)));
  // (a single key was looked up by `some`)
  const orgish = acronym || someIn(keys, w.organizationNouns) || (keys.length !== 1 && w.organizationNouns.has(keys.join(" ")));
  let kind: SpeakerKind = "unknown";
  if (honorific || ((hasFirstName || initial) && !orgish)) kind = "person";
  else if (orgish) kind = "organization";
  const end = lastTok.end + (isInitial(norm, lastTok) ? 1 : 0);
  return {
    start: first.start,
    end,
    // "U.S." keeps its last period; "B. Obama" ends on its name
    text: norm.slice(first.start, initialsOnly ? end : lastTok.end),
    keys,
    first: i,
    last: j,
    honorific,
    gender: honorificGender ?? (hasFirstName ? firstGender ?? null : null),
    kind,
    hasFirstName,
  };
}

/**
 * A capitalised word that opens a sentence only for its capital: an adverb ("Finally Demi",
 * "Nearly 200"), unless the article writes it with a capital elsewhere in a sentence (a name
 * such as "Connolly"); or a word that is no first name before a first name ("Having Billy
 * Eichner": the name starts at the first name); or an organisation or group noun alone
 * ("Magazine revenue fell", "Police said").
 */
class SentenceOpeners {
  /** folded words the article capitalises inside sentences, built when first needed */
  private inner: Set<string> | null = null;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly w: SpeakerWords,
  ) {}

  isCommonWord(norm: string, i: number): boolean {
    const t = this.tokens[i];
    const prev = tokenAt(this.tokens, i - 1);
    if ((prev && prev.sentence === t.sentence) || t.acronym || this.w.honorifics.has(t.text) || firstNames().has(t.folded)) return false;
    const next = tokenAt(this.tokens, i + 1);
    const nextInName = !!next && next.cap && next.sentence === t.sentence && next.start - t.end === 1 && norm.charCodeAt(t.end) === 0x20;
    // "Having Billy Eichner", not "Morgan Stanley" nor "McDonnell Douglas": an opener's ending, never capitalised inside a sentence
    if (nextInName && firstNames().has(next.folded) && this.w.openerEnding.test(t.folded) && !this.capitalisedInside().has(t.folded)) return true;
    // "Magazine revenue fell", "Police said": a common noun alone at the start of a sentence
    if (!nextInName && (this.w.organizationNouns.has(t.folded) || this.w.groupWords.has(t.folded))) return true;
    return t.text.length > 3 && this.w.adverbEnding.test(t.folded) && !this.capitalisedInside().has(t.folded);
  }

  private capitalisedInside(): Set<string> {
    if (this.inner) return this.inner;
    const out = new Set<string>();
    for (let k = 1; k < this.tokens.length; k++) if (this.tokens[k].cap && this.tokens[k - 1].sentence === this.tokens[k].sentence) out.add(this.tokens[k].folded);
    this.inner = out;
    return out;
  }
}

/**
 * "Calgary-based", "Paris-born", "Ottawa-area" opening a run of capitals: a capitalised compound
 * ending in a lower-case word is an adjective, no name (inside a name it is a given name: "Lee Ta-hai").
 */
const ADJECTIVAL = /-\p{Ll}+$/u;
const adjectival = (t: Token): boolean => hasHyphen(t.text) && ADJECTIVAL.test(t.text);


/** Some word of the list is in the set. */
function someIn(words: readonly string[], set: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) if (set.has(words[i])) return true;
  return false;
}

/** "M." / "Mme" / "Mr." / "Dr" at token i, and the index of the token after it. */
function honorificAt(norm: string, tokens: readonly Token[], i: number, w: SpeakerWords): { gender: Gender; next: number } | null {
  const t = tokens[i];
  if (!w.honorifics.has(t.text)) return null;
  const dotted = norm[t.end] === ".";
  // a one-letter honorific ("M") needs its period, or it is an initial or a letter
  if (t.text.length === 1 && !dotted) return null;
  return { gender: w.honorifics.get(t.text) ?? null, next: i + 1 };
}

/** An initial: one capital letter followed by a period ("B." in "B. Obama", "J" and "M" in "J.-M."). */
function isInitial(norm: string, t: { start: number; end: number; cap: boolean }): boolean {
  return t.cap && t.end - t.start === 1 && norm[t.end] === ".";
}

/** Two name words may be separated by one space, or by the period (and hyphen) of an initial. */
function sameSentenceGap(norm: string, a: Token, b: Token, afterInitial: boolean): boolean {
  const length = b.start - a.end;
  if (length === 1 && norm.charCodeAt(a.end) === 0x20) return true;
  if (!afterInitial || norm.charCodeAt(a.end) !== 0x2e) return false;
  // ". ", ".-" or "."
  return length === 1 || (length === 2 && (norm.charCodeAt(a.end + 1) === 0x20 || norm.charCodeAt(a.end + 1) === 0x2d));
}

/** How many lower-case particles start at j ("de", "von der", "d'"), followed by a capitalised word. */
function particleRun(norm: string, tokens: readonly Token[], j: number, w: SpeakerWords): number {
  let k = j;
  while (k < tokens.length && k - j < 3 && !tokens[k].cap && w.particles.has(tokens[k].lower)) {
    const next = tokenAt(tokens, k + 1);
    if (!next) return 0;
    const gap = norm.slice(tokens[k].end, next.start);
    if (gap !== " " && gap !== "'") return 0;
    k++;
  }
  if (k === j || k >= tokens.length || !tokens[k].cap) return 0;
  return k - j;
}

/**
 * Weak particles (de, du, la) join only after a known first name ("Dominique de Villepin",
 * "Jean Le Roux de Vallières") and before a single last word; strong ones (von, van der, bin) always.
 */
function particlesAllowed(tokens: readonly Token[], words: number[], from: number, to: number, w: SpeakerWords): boolean {
  let weak = false;
  for (let k = from; k < to; k++) if (WEAK_PARTICLES.has(tokens[k].folded)) weak = true;
  if (!weak) return true;
  const names = firstNames();
  if (!names.has(tokens[words[0]].folded) || words.length > 2) return false;
  const next = tokenAt(tokens, to + 1);
  const lastWord = tokens[to];
  if (w.organizationNouns.has(lastWord.folded)) return false;
  return !next || !next.cap || next.start - lastWord.end !== 1;
}

/** adjectives that may stand between a role noun and its "of" ("la ministre allemande de la Défense") */
const MAX_ROLE_ADJECTIVES = 2;

/**
 * Three name words right after a role, its adjectives, its preposition and an article ("la
 * ministre allemande de la Défense Annegret Kramp-Karrenbauer"), none a known first name nor an
 * organisation noun.
 */
function placeThenPerson(tokens: readonly Token[], i: number, words: number[], w: SpeakerWords, isRoleAt: (i: number) => number): boolean {
  let k = i - 1;
  if (k >= 0 && w.definite.has(tokens[k].lower)) k--;
  if (k < 1 || !w.prepositions.has(tokens[k].lower) || tokens[k].sentence !== tokens[i].sentence) return false;
  let role = -1;
  for (let j = k - 1; j >= 0 && k - j <= MAX_ROLE_ADJECTIVES + 1 && tokens[j].sentence === tokens[i].sentence && !tokens[j].cap; j--) {
    if (isRoleAt(j) > 0) {
      role = j;
      break;
    }
  }
  if (role < 0) return false;
  return words.every((x) => !firstNames().has(tokens[x].folded) && !w.organizationNouns.has(tokens[x].folded) && !w.particles.has(tokens[x].lower));
}

/** The word before token i is an article or a preposition ("de la Santé", "l'Agriculture"). */
function afterFunctionWord(tokens: readonly Token[], i: number, w: SpeakerWords): boolean {
  const prev = tokenAt(tokens, i - 1);
  return !!prev && (w.definite.has(prev.lower) || w.prepositions.has(prev.lower) || w.indefinite.has(prev.lower));
}

/** "J.-M. Ayrault", "J. K. Rowling": an initial followed by another initial or a name. */
function startsInitials(norm: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokenAt(tokens, i + 1);
  return isInitial(norm, t) && !!next && next.cap && (norm.slice(t.end, next.start) === ".-" || norm.slice(t.end, next.start) === ". ") && isInitial(norm, next);
}
