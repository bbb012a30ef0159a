// French words around names: particles inside family names ("de Villepin", "Le Maire" is written
// with a capital and needs none), capitalised words that open sentences but never a name,
// determiners that open descriptions, and prepositions. Standard French grammar; lower case
// except notNames, which are compared folded.
export const nameParticles = ["de", "d", "du", "des", "la", "le", "von", "van", "der", "den", "da", "di", "del", "della", "dos", "das", "ben", "bin", "el", "al", "ibn"] as const;

export const notNames = [
  "selon", "d'après", "pour", "mais", "et", "ou", "donc", "or", "car", "ainsi", "alors", "pourtant", "cependant",
  "toutefois", "néanmoins", "enfin", "puis", "ensuite", "depuis", "lors", "après", "avant", "pendant", "dans",
  "sur", "sous", "avec", "sans", "entre", "vers", "chez", "contre", "par", "en", "au", "aux", "à", "de", "du",
  "des", "le", "la", "les", "l", "un", "une", "ce", "cet", "cette", "ces", "il", "elle", "ils", "elles", "on",
  "je", "nous", "vous", "tu", "c", "ça", "cela", "ceci", "qui", "que", "quand", "comme", "si", "non", "oui",
  "aujourd'hui", "hier", "demain", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
  "décembre", "autre", "tous", "tout", "toute", "toutes", "chaque", "aucun", "aucune", "certains", "plusieurs",
  "source", "crédit", "photo", "lire", "voir", "aussi", "très", "plus", "moins", "quant", "face", "tant",
  "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "y", "là", "ici",
  "monsieur", "madame",
] as const;

/** adverbs in -ment ("Finalement", "Récemment"): French morphology */
export const adverbEndings = ["ment"] as const;

/** adverbs, participles and plurals that open sentences ("Finalement", "Interrogé", "Selon"): French morphology */
export const openerEndings = ["ment", "ant", "é", "ée", "és", "ées", "s"] as const;

export const definiteDeterminers = ["le", "la", "les", "l", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "notre", "nos", "votre", "vos"] as const;
export const indefiniteDeterminers = ["un", "une", "des", "plusieurs", "certains", "certaines"] as const;
/** first- and second-person possessives ("mon fils", "notre avocat"); son/sa/leur also mean "its" and stay out */
export const personalPossessives = ["mon", "ma", "mes", "notre", "nos", "votre", "vos"] as const;

/** relative pronouns that open a clause about the name before them */
export const relativePronouns = ["qui", "dont"] as const;

export const prepositions = [
  "de", "d", "du", "des", "à", "au", "aux", "avec", "par", "pour", "contre", "chez", "sans", "sur", "sous",
  "entre", "vers", "envers", "dans", "en", "après", "avant", "devant", "derrière", "auprès", "selon", "parmi",
] as const;
