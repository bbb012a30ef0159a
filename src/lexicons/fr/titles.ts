// French honorifics and role nouns that name a speaker's function.
// Sources: the honorifics of the Imprimerie nationale's "Lexique des règles typographiques"
// (M., Mme, Mlle, Me, Dr, Pr, Mgr), and the titles and functions that French wire copy
// (AFP, Le Monde, franceinfo) puts before or after a speaker's name. Lemmas only: plural forms
// are derived in code; the feminine is listed when it is not the same word.
import type { Honorific, RoleNoun } from "../types.ts";

export const honorifics: readonly Honorific[] = [
  { form: "M.", gender: "m" },
  { form: "MM.", gender: "m" },
  { form: "Monsieur", gender: "m" },
  { form: "Mme", gender: "f" },
  { form: "Mme.", gender: "f" },
  { form: "Madame", gender: "f" },
  { form: "Mlle", gender: "f" },
  { form: "Mademoiselle", gender: "f" },
  { form: "Me", gender: null },
  { form: "Dr", gender: null },
  { form: "Dr.", gender: null },
  { form: "Pr", gender: null },
  { form: "Mgr", gender: "m" },
];

export const roleNouns: readonly RoleNoun[] = [
  // companies and organisations
  { lemma: "PDG" }, { lemma: "président-directeur général", fem: "présidente-directrice générale" },
  { lemma: "directeur général", fem: "directrice générale" }, { lemma: "DG" },
  { lemma: "directeur", fem: "directrice" }, { lemma: "dirigeant", fem: "dirigeante" },
  { lemma: "président", fem: "présidente" }, { lemma: "vice-président", fem: "vice-présidente" },
  { lemma: "fondateur", fem: "fondatrice" }, { lemma: "cofondateur", fem: "cofondatrice" },
  { lemma: "co-fondateur", fem: "co-fondatrice" }, { lemma: "patron", fem: "patronne" },
  { lemma: "chef" }, { lemma: "responsable" }, { lemma: "gérant", fem: "gérante" },
  { lemma: "administrateur", fem: "administratrice" }, { lemma: "représentant", fem: "représentante" }, { lemma: "délégué", fem: "déléguée" },
  { lemma: "secrétaire général", fem: "secrétaire générale" }, { lemma: "secrétaire" },
  { lemma: "trésorier", fem: "trésorière" }, { lemma: "économiste" }, { lemma: "analyste" },
  { lemma: "stratège" }, { lemma: "banquier", fem: "banquière" }, { lemma: "investisseur", fem: "investisseuse" },
  { lemma: "ingénieur", fem: "ingénieure" }, { lemma: "cadre" }, { lemma: "employé", fem: "employée" },
  { lemma: "salarié", fem: "salariée" }, { lemma: "syndicaliste" }, { lemma: "militant", fem: "militante" },
  // spokespeople: the voice of an organisation
  { lemma: "porte-parole", spokesperson: true }, { lemma: "porte-voix", spokesperson: true },
  { lemma: "source", spokesperson: true },
  // politics and the state
  { lemma: "ministre" }, { lemma: "Premier ministre", fem: "Première ministre" },
  { lemma: "secrétaire d'État" }, { lemma: "chef de l'État" }, { lemma: "chef du gouvernement" },
  { lemma: "député", fem: "députée" }, { lemma: "sénateur", fem: "sénatrice" }, { lemma: "élu", fem: "élue" },
  { lemma: "maire" }, { lemma: "adjoint", fem: "adjointe" }, { lemma: "conseiller", fem: "conseillère" },
  { lemma: "préfet", fem: "préfète" }, { lemma: "gouverneur", fem: "gouverneure" },
  { lemma: "ambassadeur", fem: "ambassadrice" }, { lemma: "diplomate" }, { lemma: "commissaire" },
  { lemma: "chancelier", fem: "chancelière" }, { lemma: "candidat", fem: "candidate" },
  { lemma: "leader" }, { lemma: "opposant", fem: "opposante" }, { lemma: "roi" }, { lemma: "reine" },
  { lemma: "souverain", fem: "souveraine" }, { lemma: "prince", fem: "princesse" }, { lemma: "pape" },
 
  { lemma: "eurodéputé", fem: "eurodéputée" },
  { lemma: "parlementaire" }, { lemma: "rapporteur", fem: "rapporteure" }, { lemma: "édile" },
  { lemma: "successeur" }, { lemma: "prédécesseur" }, 
  // justice, police, army
  { lemma: "procureur", fem: "procureure" }, { lemma: "juge" }, { lemma: "magistrat", fem: "magistrate" },
  { lemma: "avocat", fem: "avocate" }, { lemma: "bâtonnier", fem: "bâtonnière" }, { lemma: "enquêteur", fem: "enquêtrice" },
  { lemma: "policier", fem: "policière" }, { lemma: "commandant", fem: "commandante" }, { lemma: "général" },
  { lemma: "colonel" }, { lemma: "capitaine" }, { lemma: "officier", fem: "officière" },
  // experts, professions, witnesses
  { lemma: "expert", fem: "experte" }, { lemma: "spécialiste" }, { lemma: "chercheur", fem: "chercheuse" },
  { lemma: "scientifique" }, { lemma: "professeur", fem: "professeure" }, { lemma: "médecin" },
  { lemma: "docteur", fem: "docteure" }, { lemma: "infirmier", fem: "infirmière" }, { lemma: "épidémiologiste" },
  { lemma: "historien", fem: "historienne" }, { lemma: "sociologue" }, { lemma: "politologue" },
  { lemma: "philosophe" }, { lemma: "journaliste" }, { lemma: "écrivain", fem: "écrivaine" },
  { lemma: "auteur", fem: "autrice" }, { lemma: "chanteur", fem: "chanteuse" }, { lemma: "acteur", fem: "actrice" },
  { lemma: "réalisateur", fem: "réalisatrice" }, { lemma: "artiste" }, { lemma: "entraîneur", fem: "entraîneuse" },
  { lemma: "sélectionneur", fem: "sélectionneuse" }, { lemma: "joueur", fem: "joueuse" },
  { lemma: "témoin" }, { lemma: "habitant", fem: "habitante" }, { lemma: "riverain", fem: "riveraine" },
  { lemma: "agriculteur", fem: "agricultrice" }, { lemma: "commerçant", fem: "commerçante" },
  { lemma: "étudiant", fem: "étudiante" }, { lemma: "survivant", fem: "survivante" },
  { lemma: "rescapé", fem: "rescapée" }, { lemma: "victime" },
];

/** lower-case words that may stand before a role noun and belong to the description */
export const roleModifiers = ["ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "ex", "jeune", "actuel", "actuelle", "futur", "future", "haut", "haute", "premier", "première", "grand", "grande", "éternel", "célèbre", "influent", "influente", "puissant", "puissante"] as const;

/** prepositions and articles that continue a role's complement ("directeur de la ...") */
export const roleComplementLinks = ["de", "d", "du", "des", "la", "le", "l", "les", "un", "une", "pour", "chez", "à", "au", "aux"] as const;

/** folded endings of adjectives that may follow a role noun ("dirigeant minier") */
export const adjectiveEndings = ["ier", "iere", "iers", "ieres", "ien", "ienne", "iens", "ain", "aine", "ains", "al", "ale", "aux", "ales", "el", "elle", "if", "ive", "ique", "iques", "aire", "aires", "ene", "enes", "ois", "oise", "ais", "aise", "ere", "eres", "ande", "iste", "istes"] as const;
