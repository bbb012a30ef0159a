// English inflection rules for speech verbs: base form (after "to", modals and "they"), third
// person -s, past and past participle -ed, gerund -ing, with the usual spelling changes (e-drop,
// y → i after a consonant, -es after sibilants and o, a doubled final consonant after one short
// vowel in a one-syllable verb: quip → quipped, snap → snapping). Irregular verbs give their parts
// in cues.ts; longer verbs stressed on the last syllable (admit, concur) set `doubles`.
// Rules from the Cambridge Grammar of English, "Spelling of inflected forms".
import type { CueForm, CueFormKind, CueVerb } from "../cue-types.ts";

type Parts = { third: string; past: string; participle: string; gerund: string };

const VOWEL = /[aeiou]/;

function thirdPerson(v: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(v)) return v + "es";
  if (v.endsWith("y") && !VOWEL.test(v.at(-2) ?? "")) return v.slice(0, -1) + "ies";
  return v + "s";
}

/** "quip", "snap", "slam": one syllable ending in one vowel and one consonant (not w, x, y) */
export function doublesFinal(v: string): boolean {
  const w = v.replace(/^qu/, "kw");
  const groups = w.match(/[aeiouy]+/g) ?? [];
  return groups.length === 1 && /[^aeiou][aeiou][b-df-hj-np-tvz]$/.test(w);
}

function pastTense(v: string): string {
  if (v.endsWith("e")) return v + "d";
  if (v.endsWith("y") && !VOWEL.test(v.at(-2) ?? "")) return v.slice(0, -1) + "ied";
  return v + "ed";
}

function gerund(v: string): string {
  if (v.endsWith("ie")) return v.slice(0, -2) + "ying";
  if (v.endsWith("e") && !v.endsWith("ee")) return v.slice(0, -1) + "ing";
  return v + "ing";
}

function regularParts(v: string, doubles: boolean): Parts {
  if (doubles) {
    const stem = v + v.at(-1);
    return { third: thirdPerson(v), past: stem + "ed", participle: stem + "ed", gerund: stem + "ing" };
  }
  const past = pastTense(v);
  return { third: thirdPerson(v), past, participle: past, gerund: gerund(v) };
}

function analyseLemma(lemma: string): { verb: string; particle: string | null } {
  const space = lemma.indexOf(" ");
  return space < 0 ? { verb: lemma, particle: null } : { verb: lemma.slice(0, space), particle: lemma.slice(space + 1) };
}

export function conjugate(verbs: readonly CueVerb[]): Array<[string, CueForm]> {
  const out: Array<[string, CueForm]> = [];
  for (const v of verbs) {
    const { verb, particle } = analyseLemma(v.lemma);
    const p = { ...regularParts(verb, v.doubles ?? doublesFinal(verb)), ...(v.parts as Partial<Parts> | undefined) };
    const forms: Array<[string, CueFormKind]> = [
      [verb, "finite"], [p.third, "finite"], [p.past, "finite"], [p.participle, "participle"], [p.gerund, "gerund"],
    ];
    for (const [form, kind] of forms) out.push([form, { lemma: v.lemma, kind, reflexive: false, particle, notBefore: v.notBefore ?? [] }]);
    for (const form of v.also ?? []) out.push([form, { lemma: v.lemma, kind: "finite", reflexive: false, particle, notBefore: v.notBefore ?? [] }]);
  }
  return out;
}
