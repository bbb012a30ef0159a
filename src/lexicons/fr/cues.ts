// French speech cues and the closed word classes the quote stage needs.
// Verb lemmas: the French list of the Gender Gap Tracker (SFU Discourse Lab, public) and the
// "verbes introducteurs" of French journalism style guides, completed with cues those lists
// miss in wire copy (nier, démentir, marteler, glisser, lâcher, fustiger, renchérir, ironiser,
// tonner, trancher, s'interroger, s'insurger, s'étonner, faire valoir, faire remarquer).
// Verbs of belief (penser, croire) are left out: the guidelines make them optional.
// Irregular verbs give principal parts (Bescherelle); conjugate.ts derives every other form.
import type { CueVerb, QuotesLexicon } from "../cue-types.ts";
import { conjugate } from "./conjugate.ts";

const irregular = (
  lemma: string,
  p: [present3s: string, present3p: string, imperfectStem: string, pastSimple3s: string, pastSimple3p: string, futureStem: string, participle: string, gerund: string],
): CueVerb => ({
  lemma,
  parts: {
    present3s: p[0], present3p: p[1], imperfectStem: p[2], pastSimple3s: p[3],
    pastSimple3p: p[4], futureStem: p[5], participle: p[6], gerund: p[7],
  },
});

const regular = (...lemmas: string[]): CueVerb[] => lemmas.map((lemma) => ({ lemma }));

export const verbs: readonly CueVerb[] = [
  ...regular(
    "déclarer", "affirmer", "ajouter", "expliquer", "indiquer", "préciser", "souligner",
    "estimer", "juger", "annoncer", "confier", "dénoncer", "insister", "lancer", "regretter", "nier",
    "raconter", "témoigner", "confirmer", "observer", "noter", "commenter", "déplorer", "avouer",
    "rétorquer", "répliquer", "signaler", "relever", "détailler", "résumer", "plaider", "protester",
    "accuser", "critiquer", "fustiger", "glisser", "lâcher", "tonner", "trancher", "ironiser",
    "marteler", "rapporter", "mentionner", "proposer", "demander", "exiger", "réclamer", "jurer",
    "certifier", "attester", "objecter", "contester", "réfuter", "riposter", "clamer", "proclamer",
    "scander", "crier", "murmurer", "souffler", "chuchoter", "évoquer", "avancer", "arguer",
    "alerter", "menacer", "constater", "remarquer", "saluer", "reprocher", "prôner",
    "justifier", "dévoiler", "nuancer", "tempérer", "corriger", "analyser", "tweeter", "exhorter",
    "pronostiquer", "recommander", "conseiller", "exposer", "raisonner",
    "s'interroger", "s'insurger", "s'étonner", "se féliciter", "s'alarmer",
    "s'indigner", "s'emporter", "s'exclamer", "s'écrier", "s'agacer", "s'amuser", "s'excuser",
    "se désoler", "se lamenter", "se demander",
  ),
  ...["informer", "rassurer", "assurer"].map((lemma) => ({ lemma, hearer: true })),
  { lemma: "rappeler", also: ["rappelle", "rappellent"] },
  { lemma: "répéter", also: ["répète", "répètent"] },
  { lemma: "réitérer", also: ["réitère", "réitèrent"] },
  { lemma: "révéler", also: ["révèle", "révèlent"] },
  { lemma: "suggérer", also: ["suggère", "suggèrent"] },
  { lemma: "considérer", also: ["considère", "considèrent"] },
  { lemma: "concéder", also: ["concède", "concèdent"] },
  { lemma: "espérer", also: ["espère", "espèrent"] },
  { lemma: "s'inquiéter", also: ["inquiète", "inquiètent"] },
  ...regular("renchérir", "garantir", "se réjouir", "réagir", "répondre", "défendre"),
  { lemma: "avertir", hearer: true },
  irregular("dire", ["dit", "disent", "dis", "dit", "dirent", "dir", "dit", "disant"]),
  irregular("prédire", ["prédit", "prédisent", "prédis", "prédit", "prédirent", "prédir", "prédit", "prédisant"]),
  irregular("redire", ["redit", "redisent", "redis", "redit", "redirent", "redir", "redit", "redisant"]),
  irregular("écrire", ["écrit", "écrivent", "écriv", "écrivit", "écrivirent", "écrir", "écrit", "écrivant"]),
  irregular("décrire", ["décrit", "décrivent", "décriv", "décrivit", "décrivirent", "décrir", "décrit", "décrivant"]),
  irregular("reconnaître", ["reconnaît", "reconnaissent", "reconnaiss", "reconnut", "reconnurent", "reconnaîtr", "reconnu", "reconnaissant"]),
  irregular("admettre", ["admet", "admettent", "admett", "admit", "admirent", "admettr", "admis", "admettant"]),
  irregular("promettre", ["promet", "promettent", "promett", "promit", "promirent", "promettr", "promis", "promettant"]),
  { ...irregular("prévenir", ["prévient", "préviennent", "préven", "prévint", "prévinrent", "préviendr", "prévenu", "prévenant"]), hearer: true },
  irregular("soutenir", ["soutient", "soutiennent", "souten", "soutint", "soutinrent", "soutiendr", "soutenu", "soutenant"]),
  irregular("maintenir", ["maintient", "maintiennent", "mainten", "maintint", "maintinrent", "maintiendr", "maintenu", "maintenant"]),
  irregular("convenir", ["convient", "conviennent", "conven", "convint", "convinrent", "conviendr", "convenu", "convenant"]),
  irregular("démentir", ["dément", "démentent", "dément", "démentit", "démentirent", "démentir", "démenti", "démentant"]),
  irregular("poursuivre", ["poursuit", "poursuivent", "poursuiv", "poursuivit", "poursuivirent", "poursuivr", "poursuivi", "poursuivant"]),
  irregular("conclure", ["conclut", "concluent", "conclu", "conclut", "conclurent", "conclur", "conclu", "concluant"]),
  irregular("prévoir", ["prévoit", "prévoient", "prévoy", "prévit", "prévirent", "prévoir", "prévu", "prévoyant"]),
  irregular("se plaindre", ["plaint", "plaignent", "plaign", "plaignit", "plaignirent", "plaindr", "plaint", "plaignant"]),
  irregular("faire valoir", ["fait", "font", "fais", "fit", "firent", "fer", "fait", "faisant"]),
  irregular("faire remarquer", ["fait", "font", "fais", "fit", "firent", "fer", "fait", "faisant"]),
  irregular("faire savoir", ["fait", "font", "fais", "fit", "firent", "fer", "fait", "faisant"]),
  irregular("faire observer", ["fait", "font", "fais", "fit", "firent", "fer", "fait", "faisant"]),
  irregular("laisser entendre", ["laisse", "laissent", "laiss", "laissa", "laissèrent", "laisser", "laissé", "laissant"]),
  irregular("mettre en garde", ["met", "mettent", "mett", "mit", "mirent", "mettr", "mis", "mettant"]),
];

export const quotes = {
  verbs,
  conjugate,
  sourceMarkers: ["selon", "d' après", "à en croire", "de l' avis de", "aux yeux de"],
  initialSourceMarkers: ["pour"],
  complementizers: ["que", "qu'"],
  complementizerBlockers: [
    "alors", "tandis", "bien", "parce", "afin", "avant", "après", "sans", "dès", "ainsi", "même", "tant",
    "ce", "plus", "moins", "autre", "lors", "sauf", "pendant", "depuis", "pour", "si", "aussi", "autant",
    "tel", "telle", "tels", "telles", "de", "d'", "à", "encore", "jusqu'", "pourvu", "bien",
  ],
  auxiliaries: [
    "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eut", "eurent",
    "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut", "furent",
    "vient", "viennent", "venait", "venaient", "tient", "tiennent", "tenait", "tenu", "voulu", "su",
    "doit", "devait", "pourrait", "va", "vont", "allait", "souhaite", "dû", "pu", "tenu",
  ],
  passiveAuxiliaries: ["est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut", "furent", "été", "soit", "être"],
  infinitiveGovernors: ["de", "d'", "à", "pour", "vient", "va", "vont", "allait", "doit", "devait", "pourrait", "voulu", "su", "dû", "pu"],
  nonAttributingGovernors: ["faut", "faudrait", "fallait", "faudra", "veut", "sans", "refuse", "refusé", "refusait", "peut", "peuvent"],
  clitics: ["lui", "leur", "se", "s'", "nous", "vous", "me", "m'", "te", "t'", "y", "en", "l'", "le", "la", "les"],
  reflexiveClitics: ["se", "s'"],
  verbAdverbs: [
    "également", "aussi", "encore", "déjà", "ensuite", "alors", "seulement", "notamment", "bien",
    "pourtant", "toutefois", "cependant", "d'ailleurs", "enfin", "simplement", "clairement",
    "publiquement", "longtemps", "même", "donc", "néanmoins", "toujours", "plutôt", "souvent",
    "récemment", "immédiatement", "fermement", "vivement", "ainsi",
  ],
  inversionLinks: ["t"],
  negation: {
    particles: ["ne", "n'"],
    words: ["pas", "jamais", "guère", "nullement", "point", "rien", "plus", "aucunement"],
    suffixes: [],
  },
  subjectPronouns: ["il", "elle", "ils", "elles"],
  stressedPronouns: ["lui", "elle", "eux", "elles"],
  firstPerson: ["je", "j'", "nous", "moi"],
  impersonalPronouns: ["on"],
  relativeSubjects: ["qui"],
  notSources: ["lequel", "laquelle", "lesquels", "lesquelles", "qui", "quoi", "moi", "nous", "toi", "vous", "que"],
  determiners: [
    "le", "la", "les", "l'", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs", "ce", "cet",
    "cette", "ces", "plusieurs", "certains", "certaines", "quelques", "deux", "trois", "notre", "nos",
    "tout", "toute", "tous", "toutes", "aucun", "aucune", "chaque", "divers", "nombre", "beaucoup",
  ],
  articles: ["le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "au", "aux"],
  phraseBreakers: [
    "à", "au", "aux", "dans", "sur", "lors", "devant", "en", "pour", "avec", "après", "avant", "depuis",
    "chez", "par", "pendant", "vers", "sans", "sous", "entre", "contre", "malgré", "selon", "dès", "via",
    "qui", "que", "qu'", "dont", "où", "lorsque", "quand", "mais", "car", "donc", "ou", "ni", "comme",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui",
    "ce", "cette", "face", "auprès", "lorsqu'", "puisque", "si", "s'", "n'", "ne", "a", "est", "se",
  ],
  phraseLinks: ["de", "d'", "du", "des", "la", "le", "l'", "les"],
  coordinators: ["et", "mais"],
  clauseOpeners: [
    "ainsi", "pourtant", "mais", "et", "or", "donc", "alors", "puis", "ensuite", "enfin", "toutefois",
    "cependant", "néanmoins", "par", "en", "dans", "lors", "depuis", "après", "avant", "pour", "selon",
    "de", "d'", "à", "au", "aux", "sur", "face", "quant", "outre", "interrogé", "interrogée", "interrogés",
    "très", "déjà", "aussi", "également", "jeudi", "lundi", "mardi", "mercredi", "vendredi", "samedi",
    "dimanche", "hier", "aujourd'hui", "d'ailleurs", "certes", "autre", "contacté", "contactée",
  ],
  timeWords: [
    "hier", "aujourd'", "demain", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "matin", "soir", "après-midi", "midi", "dernier", "dernière", "prochain", "ce", "cette",
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre", "récemment", "encore", "ensuite", "également", "aussi", "alors", "notamment",
    "d'ailleurs", "enfin", "toutefois", "déjà", "plus", "tard", "tôt", "lui-même", "elle-même", "dès",
    "semaine", "mois", "année", "veille", "lendemain", "week-end", "soirée", "journée", "nuit", "fin",
  ],
  sourceNouns: [
    "police", "gendarmerie", "gouvernement", "ministère", "ministre", "experts", "expert", "analystes",
    "spécialistes", "syndicats", "syndicat", "source", "sources", "étude", "rapport", "sondage",
    "enquête", "autorités", "responsables", "proches", "témoins", "médias", "presse", "parquet",
    "procureur", "porte-parole", "avocat", "avocats", "services", "élus", "observateurs", "chercheurs",
    "scientifiques", "médecins", "associations", "organisateurs", "entourage", "direction", "justice",
    "préfecture", "communiqué", "journal", "chiffres", "données", "estimations", "informations",
  ],
  elisions: ["l", "d", "qu", "n", "s", "j", "m", "t", "c", "jusqu", "lorsqu", "puisqu", "presqu", "quoiqu", "aujourd"],
  contractions: [],
  singleQuoteMarks: false,
} satisfies QuotesLexicon;
