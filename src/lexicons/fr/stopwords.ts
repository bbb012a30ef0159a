// The most frequent French function words (articles, pronouns, prepositions, conjunctions,
// auxiliaries), from frequency lists of French newswire. Lower case, no elision.
export const stopwords = [
  "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "ce", "cet", "cette", "ces",
  "et", "ou", "mais", "donc", "or", "ni", "car", "que", "qu", "qui", "quoi", "dont", "où", "si",
  "à", "dans", "par", "pour", "en", "vers", "avec", "sans", "sous", "sur", "entre", "chez", "contre", "depuis",
  "il", "elle", "ils", "elles", "on", "je", "j", "tu", "nous", "vous", "se", "s", "me", "m", "te", "t", "lui", "leur", "y",
  "son", "sa", "ses", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos",
  "est", "sont", "était", "été", "être", "a", "ont", "avait", "avoir", "fait", "peut", "plus", "pas", "ne", "n",
  "aussi", "très", "tout", "tous", "toute", "toutes", "comme", "même", "encore", "déjà", "ainsi", "alors",
] as const;
