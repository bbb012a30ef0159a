/**
 * Role descriptions: a role noun with what opens and completes it ("le PDG de CoreWeave",
 * "un dirigeant d'une société minière", "le porte-parole de la police madrilène",
 * "the company's chief executive", "Tunisian Prime Minister"). Found in one pass over the tokens.
 */
import { tokenAt, type Token } from "./tokens.ts";
import type { Gender, RoleForm, SpeakerWords } from "./lexicon.ts";

export type Determination = "definite" | "indefinite" | "bare";

export interface RoleMention {
  /** span of the whole description, determiner included */
  start: number;
  end: number;
  /** the description without its determiner, as written: "PDG de CoreWeave" */
  role: string;
  /** the folded lemma of the role noun: the key that matches "le dirigeant" to "un dirigeant minier" */
  head: string;
  gender: Gender;
  plural: boolean;
  spokesperson: boolean;
  determination: Determination;
  /** token range of the role noun itself */
  first: number;
  last: number;
  /** one past the last token of the description */
  endToken: number;
  /** index of the first token of the description (determiner included) */
  startToken: number;
}

/** The role form starting at token i, matched on folded words, longest first. */
export function roleAt(tokens: readonly Token[], i: number, w: SpeakerWords): RoleForm | null {
  const list = w.roles.get(tokens[i].folded);
  if (!list) return null;
  for (let j = 0; j < list.length; j++) {
    const f = list[j];
    let ok = true;
    for (let k = 1; k < f.words.length && ok; k++) {
      const t = tokenAt(tokens, i + k);
      ok = t !== undefined && t.folded === f.words[k];
    }
    if (!ok) continue;
    // capitalised common role words at the start of a sentence still count; acronyms must be exact
    return f;
  }
  return null;
}

const MAX_COMPLEMENT = 8;
const MAX_PREMODIFIERS = 3;

export function findRoles(
  norm: string,
  tokens: readonly Token[],
  w: SpeakerWords,
  startsName: (i: number) => boolean,
  inName: (i: number) => boolean,
): RoleMention[] {
  const out: RoleMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (inName(i)) continue;
    const form = roleAt(tokens, i, w);
    if (!form) continue;
    const last = i + form.words.length;
    const left = extendLeft(norm, tokens, i, w);
    const endToken = extendRight(norm, tokens, last, w, startsName);
    const from = left.startToken;
    const roleFrom = left.det ? from + 1 : from;
    const roleStart = tokens[roleFrom].start;
    out.push({
      start: tokens[from].start,
      end: tokens[endToken - 1].end,
      role: norm.slice(roleStart, tokens[endToken - 1].end),
      head: form.head,
      gender: form.gender,
      plural: form.plural,
      spokesperson: form.spokesperson,
      determination: left.det ? (w.indefinite.has(tokens[from].lower) ? "indefinite" : "definite") : left.possessor ? "definite" : "bare",
      first: i,
      last,
      endToken,
      startToken: from,
    });
    i = endToken - 1;
  }
  return out;
}

/** Walks left over pre-modifiers ("ancien", "former", "Tunisian", "Foreign Affairs") and a possessor ("the company's") to a determiner. */
function extendLeft(norm: string, tokens: readonly Token[], i: number, w: SpeakerWords): { startToken: number; det: boolean; possessor: boolean } {
  let k = i;
  let possessor = false;
  for (let steps = 0; steps <= MAX_PREMODIFIERS && k > 0; steps++) {
    const prev = tokens[k - 1];
    const gap = norm.slice(prev.end, tokens[k].start);
    const isDet = w.determiners.has(prev.lower);
    if (isDet && (gap === " " || gap === "'")) return { startToken: k - 1, det: true, possessor };
    if (gap === "'s " || gap === "' ") {
      possessor = true;
      k--;
      continue;
    }
    // "the company's chief executive": the possessive "s" is a token of its own
    if (gap === " " && prev.lower === "s" && k >= 2 && norm.slice(tokens[k - 2].end, prev.start) === "'") {
      possessor = true;
      k -= 2;
      continue;
    }
    if (gap !== " ") break;
    if (prev.cap && !w.notNames.has(prev.lower) && !w.stopwords.has(prev.lower)) {
      k--;
      continue;
    }
    if (w.roleModifiers.has(prev.lower)) {
      k--;
      continue;
    }
    break;
  }
  // "the laid-back Cambridge resident", "the 39-year-old founder": content words up to a determiner
  for (let j = k - 1, left = MAX_PREMODIFIERS; j >= 0 && left > 0; j--, left--) {
    const t = tokens[j];
    if (norm.slice(t.end, tokens[j + 1].start) !== " ") break;
    if (w.determiners.has(t.lower)) return { startToken: j, det: true, possessor };
    if (w.stopwords.has(t.lower) || w.prepositions.has(t.lower) || w.pronouns.has(t.lower)) break;
  }
  return { startToken: k, det: false, possessor };
}

/**
 * Walks right over the complement: prepositional phrases ("de CoreWeave", "d'une société minière",
 * "for Amnesty International") and one adjective after a noun ("minier", "madrilène"), stopping at
 * punctuation, at a person's name, and after a bounded number of words.
 */
function extendRight(norm: string, tokens: readonly Token[], last: number, w: SpeakerWords, startsName: (i: number) => boolean): number {
  let k = last;
  let afterLink = false; // the previous word was a preposition or an article
  let adjectiveTaken = false;
  while (k < tokens.length && k - last < MAX_COMPLEMENT) {
    const t = tokens[k];
    const gap = norm.slice(tokens[k - 1].end, t.start);
    if (gap !== " " && gap !== "'" && gap !== "-") break;
    // a capital right after the role (no "de"/"of" before it) is the name in apposition: "President Zelensky"
    const rightAfterRole = k === last || (adjectiveTaken && k - 1 >= last && !tokens[k - 1].cap);
    if (!afterLink && (startsName(k) || (t.cap && rightAfterRole && !w.stopwords.has(t.lower)))) break;
    const link = w.links.has(t.lower);
    if (link) {
      if (!w.complementLinks.has(t.lower)) break;
      afterLink = true;
      k++;
      continue;
    }
    if (afterLink || t.cap) {
      afterLink = false;
      adjectiveTaken = false;
      k++;
      continue;
    }
    if (!adjectiveTaken && !w.stopwords.has(t.lower) && !w.pronouns.has(t.lower) && t.folded.length > 3 && w.adjectiveEnding.test(t.folded)) {
      adjectiveTaken = true;
      k++;
      continue;
    }
    break;
  }
  // never end on a preposition, an article or a bare number ("le chef des 1 | 200 soldats")
  while (k > last && (w.links.has(tokens[k - 1].lower) || allDigits(tokens[k - 1].text))) k--;
  return k;
}

/** /^\d+$/.test(s) (ASCII digits), read in place with no regex run */
function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x30 || s.charCodeAt(i) > 0x39) return false;
  return true;
}
