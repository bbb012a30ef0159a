// French conjugation rules for speech verbs: the third-person forms of the simple tenses that
// news copy uses (présent, imparfait, passé simple, futur, conditionnel), the past participle
// (four agreements, for compound tenses with avoir and être), the present participle and the
// infinitive. Regular verbs need only their lemma (-er, -ir of the second group, -re like
// répondre); irregular ones give principal parts in cues.ts. Rules from Bescherelle's tables.
import type { CueForm, CueFormKind, CueVerb } from "../cue-types.ts";

type Parts = {
  present3s: string;
  present3p: string;
  imperfectStem: string;
  pastSimple3s: string;
  pastSimple3p: string;
  futureStem: string;
  participle: string;
  gerund: string;
};

const FUTURE_ENDINGS = ["a", "ont", "ait", "aient"];

/** -ger and -cer keep their soft consonant before a and o: "interrogeait", "annonça". */
function soften(stem: string, ending: string): string {
  if (!/^[aoâ]/.test(ending)) return stem + ending;
  if (stem.endsWith("g")) return stem + "e" + ending;
  if (stem.endsWith("c")) return stem.slice(0, -1) + "ç" + ending;
  return stem + ending;
}

function regularParts(verb: string): Parts | null {
  if (verb.endsWith("er")) {
    const s = verb.slice(0, -2);
    return {
      present3s: s + "e", present3p: s + "ent", imperfectStem: soften(s, "a").slice(0, -1),
      pastSimple3s: soften(s, "a"), pastSimple3p: s + "èrent", futureStem: verb,
      participle: s + "é", gerund: soften(s, "ant"),
    };
  }
  if (verb.endsWith("ir")) {
    const s = verb.slice(0, -2);
    return {
      present3s: s + "it", present3p: s + "issent", imperfectStem: s + "iss", pastSimple3s: s + "it",
      pastSimple3p: s + "irent", futureStem: verb, participle: s + "i", gerund: s + "issant",
    };
  }
  if (verb.endsWith("re")) {
    const s = verb.slice(0, -2);
    return {
      present3s: s, present3p: s + "ent", imperfectStem: s, pastSimple3s: s + "it",
      pastSimple3p: s + "irent", futureStem: s + "r", participle: s + "u", gerund: s + "ant",
    };
  }
  return null;
}

/** "dit" → dit, dite, dits, dites; "promis" → promis, promise, promises. */
function participleAgreements(p: string): string[] {
  const base = p.endsWith("s") ? [p, p + "e", p + "es"] : [p, p + "e", p + "s", p + "es"];
  return base;
}

function formsOf(parts: Parts, infinitive: string): Array<[string, CueFormKind]> {
  const finite = [
    parts.present3s, parts.present3p,
    parts.imperfectStem + "ait", parts.imperfectStem + "aient",
    parts.pastSimple3s, parts.pastSimple3p,
    ...FUTURE_ENDINGS.map((e) => parts.futureStem + e),
  ];
  return [
    ...finite.map((f): [string, CueFormKind] => [f, "finite"]),
    ...participleAgreements(parts.participle).map((f): [string, CueFormKind] => [f, "participle"]),
    [parts.gerund, "gerund"],
    [infinitive, "infinitive"],
  ];
}

/** Splits "se féliciter", "s'interroger", "faire valoir" into verb, reflexivity and particle. */
function analyseLemma(lemma: string): { verb: string; reflexive: boolean; particle: string | null } {
  let rest = lemma;
  let reflexive = false;
  if (rest.startsWith("se ")) { reflexive = true; rest = rest.slice(3); }
  else if (rest.startsWith("s'")) { reflexive = true; rest = rest.slice(2); }
  const space = rest.indexOf(" ");
  if (space < 0) return { verb: rest, reflexive, particle: null };
  return { verb: rest.slice(0, space), reflexive, particle: rest.slice(space + 1) };
}

export function conjugate(verbs: readonly CueVerb[]): Array<[string, CueForm]> {
  const out: Array<[string, CueForm]> = [];
  for (const v of verbs) {
    const { verb, reflexive, particle } = analyseLemma(v.lemma);
    const parts = (v.parts as Parts | undefined) ?? regularParts(verb);
    if (!parts) continue;
    const seen = new Set<string>();
    for (const [form, kind] of formsOf(parts, verb)) {
      const key = `${form}:${kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push([form, { lemma: v.lemma, kind, reflexive, particle, notBefore: v.notBefore ?? [] }]);
    }
    for (const form of v.also ?? []) out.push([form, { lemma: v.lemma, kind: "finite", reflexive, particle, notBefore: v.notBefore ?? [] }]);
  }
  return out;
}
