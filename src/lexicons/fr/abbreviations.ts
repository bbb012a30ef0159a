// French abbreviations that end with a period but do not end a sentence.
// Sources: the Imprimerie nationale's "Lexique des règles typographiques" (titles, months,
// common Latin forms) and abbreviations seen in French wire copy. Compared case-sensitively
// for titles (M., Mme) and case-insensitively for the rest, without the final period.
export const abbreviations = [
  // titles and honorifics
  "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mes", "Mgr", "Dr", "Pr", "St", "Ste", "Sts",
  "Gal", "Gén", "Col", "Cdt", "Lt", "Cne", "Sgt", "Vve",
  // months and days
  "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "lun", "mar", "mer", "jeu", "ven", "sam", "dim",
  // common abbreviations
  "etc", "cf", "ex", "p", "pp", "vol", "chap", "art", "al", "env", "av", "apr", "J.-C", "n", "no", "tél", "fig",
  "éd", "coll", "trad", "dir", "réf", "min", "max", "sq", "suiv", "hab", "bd", "boul", "av", "r",
  "Cie", "Ets", "Sté", "Inc", "Corp", "Ltd", "Co",
] as const;
