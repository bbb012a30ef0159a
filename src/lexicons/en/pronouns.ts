// English personal pronouns with their gender and number (standard grammar). "it" may stand
// for an organisation; "they" for a group or an organisation.
import type { PronounEntry } from "../types.ts";

export const pronouns: readonly PronounEntry[] = [
  { form: "he", gender: "m", number: "sg", person: 3 },
  { form: "she", gender: "f", number: "sg", person: 3 },
  { form: "him", gender: "m", number: "sg", person: 3 },
  { form: "her", gender: "f", number: "sg", person: 3 },
  { form: "they", gender: null, number: "pl", person: 3 },
  { form: "it", gender: null, number: "sg", person: 3 },
  { form: "the latter", gender: null, number: "sg", person: 3 },
  { form: "i", gender: null, number: "sg", person: 1 },
  { form: "me", gender: null, number: "sg", person: 1 },
  { form: "we", gender: null, number: "pl", person: 1 },
  { form: "us", gender: null, number: "pl", person: 1 },
];
