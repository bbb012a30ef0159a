// English honorifics and role nouns that name a speaker's function.
// Sources: the honorifics of the AP and Chicago style guides (Mr., Mrs., Ms., Dr., Prof.), and the
// titles and functions that English wire copy (AP, Reuters, CP) puts before or after a name.
// Lemmas only: plurals are derived in code.
import type { Honorific, RoleNoun } from "../types.ts";

export const honorifics: readonly Honorific[] = [
  { form: "Mr.", gender: "m" },
  { form: "Mr", gender: "m" },
  { form: "Mrs.", gender: "f" },
  { form: "Mrs", gender: "f" },
  { form: "Ms.", gender: "f" },
  { form: "Ms", gender: "f" },
  { form: "Miss", gender: "f" },
  { form: "Sir", gender: "m" },
  { form: "Dame", gender: "f" },
  { form: "Lord", gender: "m" },
  { form: "Lady", gender: "f" },
  { form: "Dr.", gender: null },
  { form: "Dr", gender: null },
  { form: "Prof.", gender: null },
  { form: "Rev.", gender: null },
  { form: "Sen.", gender: null },
  { form: "Rep.", gender: null },
  { form: "Gov.", gender: null },
  { form: "Gen.", gender: null },
];

export const roleNouns: readonly RoleNoun[] = [
  // companies and organisations
  { lemma: "chief executive" }, { lemma: "chief executive officer" }, { lemma: "CEO" }, { lemma: "CFO" },
  { lemma: "COO" }, { lemma: "CTO" }, { lemma: "chief financial officer" }, { lemma: "chief operating officer" },
  { lemma: "president" }, { lemma: "vice-president" }, { lemma: "vice president" }, { lemma: "chairman" },
  { lemma: "chairwoman" }, { lemma: "chair" }, { lemma: "founder" }, { lemma: "co-founder" }, { lemma: "cofounder" },
  { lemma: "director" }, { lemma: "executive director" }, { lemma: "managing director" }, { lemma: "executive" },
  { lemma: "manager" }, { lemma: "head" }, { lemma: "chief" }, { lemma: "leader" }, { lemma: "owner" },
  { lemma: "partner" }, { lemma: "analyst" }, { lemma: "economist" }, { lemma: "strategist" },
  { lemma: "investor" }, { lemma: "banker" }, { lemma: "engineer" }, { lemma: "employee" }, { lemma: "worker" },
  { lemma: "organizer" }, { lemma: "aide" }, { lemma: "adviser" }, { lemma: "advisor" }, { lemma: "coordinator" }, { lemma: "activist" }, { lemma: "advocate" },
  // spokespeople
  { lemma: "spokesperson", spokesperson: true }, { lemma: "spokesman", spokesperson: true },
  { lemma: "spokeswoman", spokesperson: true }, { lemma: "press secretary", spokesperson: true },
  { lemma: "representative", spokesperson: true }, { lemma: "source", spokesperson: true },
  // politics and the state
  { lemma: "minister" }, { lemma: "prime minister" }, { lemma: "premier" }, { lemma: "secretary" },
  { lemma: "secretary of state" }, { lemma: "senator" }, { lemma: "congressman" }, { lemma: "congresswoman" },
  { lemma: "lawmaker" }, { lemma: "legislator" }, { lemma: "MP" }, { lemma: "MPP" }, { lemma: "MLA" },
  { lemma: "mayor" }, { lemma: "councillor" }, { lemma: "councilor" }, { lemma: "governor" },
  { lemma: "ambassador" }, { lemma: "diplomat" }, { lemma: "commissioner" }, { lemma: "chancellor" },
  { lemma: "candidate" }, { lemma: "official" }, { lemma: "deputy" }, { lemma: "king" }, { lemma: "queen" },
  { lemma: "pope" }, { lemma: "critic" }, { lemma: "trustee" },
  { lemma: "successor" }, { lemma: "predecessor" }, 
  // justice, police, army
  { lemma: "prosecutor" }, { lemma: "judge" }, { lemma: "lawyer" }, { lemma: "attorney" },
  { lemma: "counsel" }, { lemma: "detective" }, { lemma: "officer" }, { lemma: "sergeant" }, { lemma: "constable" },
  { lemma: "inspector" }, { lemma: "superintendent" }, { lemma: "sheriff" }, { lemma: "general" },
  { lemma: "colonel" }, { lemma: "captain" }, { lemma: "commander" },
  // experts, professions, witnesses
  { lemma: "expert" }, { lemma: "specialist" }, { lemma: "researcher" }, { lemma: "scientist" },
  { lemma: "professor" }, { lemma: "doctor" }, { lemma: "physician" }, { lemma: "nurse" },
  { lemma: "epidemiologist" }, { lemma: "historian" }, { lemma: "author" }, { lemma: "writer" },
  { lemma: "journalist" }, { lemma: "editor" }, { lemma: "singer" }, { lemma: "actor" }, { lemma: "actress" },
  { lemma: "director" }, { lemma: "coach" }, { lemma: "player" }, { lemma: "witness" }, { lemma: "resident" },
  { lemma: "farmer" }, { lemma: "student" }, { lemma: "teacher" }, { lemma: "survivor" }, { lemma: "victim" },
  { lemma: "mother" }, { lemma: "father" },
  // family and friends: "her husband Paul Roy", "Roy's dad, Dan"
  // ("son", "sister" and "brother" stay out: a surname, "sister company", "Salomon Brothers")
  { lemma: "husband", fem: "wife" }, { lemma: "daughter" },
  { lemma: "dad", fem: "mom" }, { lemma: "grandfather", fem: "grandmother" }, { lemma: "uncle", fem: "aunt" },
  { lemma: "boyfriend", fem: "girlfriend" }, { lemma: "friend" }, { lemma: "neighbour" }, { lemma: "neighbor" },
];

/** lower-case words that may stand before a role noun and belong to the description */
export const roleModifiers = ["former", "new", "top", "senior", "deputy", "press", "vice", "interim", "acting", "longtime", "veteran", "chief", "lead", "principal", "assistant", "associate", "executive", "managing", "general", "federal", "provincial", "state", "local", "foreign", "finance", "health", "defence", "defense", "public", "police", "union", "company", "campaign", "city", "country", "regional", "national", "spokes"] as const;

/** prepositions and articles that continue a role's complement ("directeur de la ...") */
export const roleComplementLinks = ["of", "for", "at", "the", "a", "an"] as const;

/** folded endings of adjectives that may follow a role noun ("dirigeant minier") */
export const adjectiveEndings = ["al", "ic", "ical", "ous", "ian", "ese", "ish"] as const;
