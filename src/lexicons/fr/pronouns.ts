// French subject and stressed personal pronouns with their gender and number (standard
// grammar). "on" is indefinite: it may stand for an organisation ("indique-t-on à la FGTB").
import type { PronounEntry } from "../types.ts";

export const pronouns: readonly PronounEntry[] = [
  { form: "il", gender: "m", number: "sg", person: 3 },
  { form: "elle", gender: "f", number: "sg", person: 3 },
  { form: "lui", gender: "m", number: "sg", person: 3 },
  { form: "ils", gender: "m", number: "pl", person: 3 },
  { form: "elles", gender: "f", number: "pl", person: 3 },
  { form: "eux", gender: "m", number: "pl", person: 3 },
  { form: "celui-ci", gender: "m", number: "sg", person: 3 },
  { form: "celle-ci", gender: "f", number: "sg", person: 3 },
  { form: "ce dernier", gender: "m", number: "sg", person: 3 },
  { form: "cette dernière", gender: "f", number: "sg", person: 3 },
  { form: "on", gender: null, number: "sg", person: 3 },
  { form: "je", gender: null, number: "sg", person: 1 },
  { form: "j", gender: null, number: "sg", person: 1 },
  { form: "moi", gender: null, number: "sg", person: 1 },
  { form: "nous", gender: null, number: "pl", person: 1 },
];
