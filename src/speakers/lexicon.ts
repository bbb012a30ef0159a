/**
 * Fast lookups built once per lexicon from the speaker word lists: folded sets, role nouns
 * by first word (with derived plural and feminine forms), honorifics by form.
 */
import type { Lexicon, PronounEntry, RoleNoun } from "../lexicons/types.ts";
import { allLexicons } from "../lexicons/index.ts";
import { fold } from "../text-utils.ts";

export type Gender = "m" | "f" | null;

export interface RoleForm {
  /** folded words of the form, e.g. ["directeur", "general"] */
  words: string[];
  /** the lemma this form belongs to, folded: the head used to match descriptions */
  head: string;
  gender: Gender;
  plural: boolean;
  spokesperson: boolean;
}

export interface SpeakerWords {
  honorifics: Map<string, Gender>;
  /** role forms keyed by their first folded word */
  roles: Map<string, RoleForm[]>;
  pronouns: Map<string, PronounEntry>;
  particles: Set<string>;
  notNames: Set<string>;
  definite: Set<string>;
  indefinite: Set<string>;
  personalPossessives: Set<string>;
  relativePronouns: Set<string>;
  prepositions: Set<string>;
  organizationNouns: Set<string>;
  groupWords: Set<string>;
  stopwords: Set<string>;
  roleModifiers: Set<string>;
  complementLinks: Set<string>;
  // unions of the sets above that the hot tests ask together: one look-up instead of two to four
  // for most words (the answer to "in any of them" is the same)
  /** a capitalised word in one of these starts no name: not-names, stop words, pronouns */
  nameStoppers: Set<string>;
  /** a word in one of these before a name is no verb taking it as object: stop words, determiners, role modifiers */
  notVerbs: Set<string>;
  /** definite or indefinite determiners */
  determiners: Set<string>;
  /** prepositions and determiners: the links inside a role's complement */
  links: Set<string>;
  adjectiveEnding: RegExp;
  adverbEnding: RegExp;
  openerEnding: RegExp;
}

const cache = new WeakMap<Lexicon, SpeakerWords>();

export function speakerWords(lex: Lexicon): SpeakerWords {
  let w = cache.get(lex);
  if (!w) {
    w = build(lex);
    cache.set(lex, w);
  }
  return w;
}

function build(lex: Lexicon): SpeakerWords {
  const s = lex.speakers;
  const roles = new Map<string, RoleForm[]>();
  for (const r of s.roleNouns) for (const f of roleForms(r)) push(roles, f.words[0], f);
  // longest forms first, so "directeur général" wins over "directeur"
  for (const list of roles.values()) list.sort((a, b) => b.words.length - a.words.length);
  const pronouns = new Map(s.pronouns.map((p) => [p.form.toLowerCase(), { form: p.form, gender: p.gender, number: p.number, person: p.person }]));
  const notNames = lowerSet(s.notNames);
  const definite = lowerSet(s.definiteDeterminers);
  const indefinite = lowerSet(s.indefiniteDeterminers);
  const prepositions = lowerSet(s.prepositions);
  const stopwords = lowerSet(lex.stopwords);
  const roleModifiers = lowerSet(s.roleModifiers);
  return {
    honorifics: new Map(s.honorifics.map((h) => [h.form.replace(/\.$/, ""), h.gender])),
    roles,
    // copies made at one place: one object shape for every entry, whatever the data files wrote
    pronouns,
    particles: lowerSet(s.nameParticles),
    notNames,
    definite,
    indefinite,
    personalPossessives: lowerSet(s.personalPossessives),
    relativePronouns: lowerSet(s.relativePronouns),
    prepositions,
    organizationNouns: new Set(s.organizationNouns.map((x) => fold(x).replace(/'/g, " "))),
    groupWords: foldedSet(s.groupWords),
    stopwords,
    roleModifiers,
    complementLinks: lowerSet(s.roleComplementLinks),
    nameStoppers: union(notNames, stopwords, pronouns.keys()),
    notVerbs: union(stopwords, definite, indefinite, roleModifiers),
    determiners: union(definite, indefinite),
    links: union(prepositions, definite, indefinite),
    adjectiveEnding: endingsRegex(s.adjectiveEndings),
    adverbEnding: endingsRegex(s.adverbEndings),
    openerEnding: endingsRegex(s.openerEndings),
  };
}

/** The masculine, feminine and plural forms of a role noun. */
function roleForms(r: RoleNoun): RoleForm[] {
  const head = fold(r.lemma);
  const spokesperson = r.spokesperson === true;
  const out: RoleForm[] = [];
  const add = (form: string, gender: Gender, plural: boolean) =>
    out.push({ words: splitWords(fold(form)), head, gender, plural, spokesperson });
  add(r.lemma, r.fem ? "m" : null, false);
  add(pluralOf(r.lemma), r.fem ? "m" : null, true);
  if (r.fem) {
    add(r.fem, "f", false);
    add(pluralOf(r.fem), "f", true);
  }
  return out;
}

/** Plural of a role phrase: the first word takes the plural ("directeurs généraux" is close enough as "directeurs général"). */
function pluralOf(form: string): string {
  const words = form.split(" ");
  const w = words[0];
  if (/[sxz]$/i.test(w) || /^[A-Z]{2,}$/.test(w)) words[0] = w;
  else if (/eau$/.test(w)) words[0] = w + "x";
  else if (/al$/.test(w)) words[0] = w.slice(0, -2) + "aux";
  else if (/(man|woman)$/.test(w)) words[0] = w.replace(/man$/, "men");
  else if (/[^aeiou]y$/.test(w)) words[0] = w.slice(0, -1) + "ies";
  else words[0] = w + "s";
  return words.join(" ");
}

/** Words of a folded phrase, splitting on spaces and apostrophes ("chef de l'etat" → chef, de, l, etat). */
export function splitWords(folded: string): string[] {
  return folded.split(/[\s']+/).filter(Boolean);
}

/** Function words keep their accents ("a" is not "à"); apostrophes are folded. */
const lowerSet = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase().replace(/[’‘]/g, "'")));
const foldedSet = (xs: readonly string[]): Set<string> => new Set(xs.map(fold));

function union(...sets: Iterable<string>[]): Set<string> {
  const out = new Set<string>();
  for (const s of sets) for (const x of s) out.add(x);
  return out;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

let firstNameCache: Map<string, Gender> | null = null;

/** Every language's first names, folded, with their gender (null when a name is given to both). */
export function firstNames(): Map<string, Gender> {
  if (firstNameCache) return firstNameCache;
  const m = new Map<string, Gender>();
  const set = (name: string, g: "m" | "f") => {
    const k = fold(name);
    const have = m.get(k);
    m.set(k, have === undefined || have === g ? g : null);
  };
  for (const lex of allLexicons()) {
    for (const n of lex.speakers.firstNames.male) set(n, "m");
    for (const n of lex.speakers.firstNames.female) set(n, "f");
  }
  firstNameCache = m;
  return m;
}

/** One alternation anchored at the end: linear, no nested quantifiers. */
function endingsRegex(endings: readonly string[]): RegExp {
  const alts = [...endings].map(fold).sort((a, b) => b.length - a.length).map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return alts.length ? new RegExp(`(?:${alts.join("|")})$`) : /$^/;
}
