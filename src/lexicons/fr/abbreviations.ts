// French abbreviations that end with a period but do not end a sentence.
// Sources: the Imprimerie nationale's "Lexique des règles typographiques" (titles, months,
// common Latin forms) and abbreviations seen in French wire copy. Written without the final
// period. Capitalised entries are compared case-sensitively ("M." is a title, "m." a metre),
// the others case-insensitively.

/** Titles before a name: "M. Macron", "Mme Borne", "Me Dupond-Moretti", "Pr Raoult". */
export const titles = [
  "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mes", "Mgr", "Dr", "Drs", "Pr", "Prs", "St", "Ste", "Sts",
  "Gal", "Gén", "Col", "Cdt", "Lt", "Cne", "Sgt", "Vve",
] as const;

/**
 * Other abbreviations. Their period may also end a sentence ("… la pêche, la chasse, etc. Le
 * gouvernement …"): the segmenter splits after them when a capitalised function word follows.
 * Day names (lun., mar., mer., jeu.) are left out: they are also common words ("la mer.").
 */
export const abbreviations = [
  // months
  "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc",
  // common abbreviations
  "etc", "cf", "ex", "p", "pp", "vol", "chap", "art", "al", "env", "av", "apr", "J.-C", "n", "no", "tél", "fig",
  "éd", "coll", "trad", "dir", "réf", "min", "max", "sq", "suiv", "hab", "bd", "boul", "r", "c.-à-d",
  "Cie", "Ets", "Sté", "Inc", "Corp", "Ltd", "Co",
] as const;
